import type { Api } from '../../../shared/api';
import { createAnnotationActions } from './annotation-actions';
import { createContext, type KeyValueStorage } from './context';
import { createHistoryActions } from './history-actions';
import type { ActionId } from './keymap';
import { Store } from './workspace-store';
import { createStudyActions } from './workspace-study-actions';
import { createViewActions } from './workspace-view-actions';
import { initialState, type WorkspaceState } from './workspace-state';

/** The workspace: its store and every action on it. Components get this through context. */
export function createWorkspace(api: Api, storage: KeyValueStorage) {
  const store = new Store<WorkspaceState>(initialState());
  const ctx = createContext(store, api, storage);
  const study = createStudyActions(ctx);
  const annotations = createAnnotationActions(ctx);
  const view = createViewActions(ctx, study.openArticle);
  const history = createHistoryActions(ctx);
  const actions = { ...study, ...annotations, ...view, undo: history.undo, redo: history.redo, adopt: (id: string) => annotations.adopt(id, history.record) };

  /**
   * Runs a key-map action. Actions that need the DOM (the file picker, the
   * search box) are passed in by the caller.
   */
  function run(action: ActionId, dom: { openFilePicker(): void; focusSearch(): void }): void {
    switch (action) {
      case 'tag-claim':
        return void actions.tag('claim');
      case 'tag-framing':
        return void actions.tag('framing');
      case 'tag-attribution':
        return void actions.tag('attribution');
      case 'cancel':
        return actions.cancel();
      case 'next-annotation':
        return actions.step(1);
      case 'previous-annotation':
        return actions.step(-1);
      case 'delete-annotation':
        return void actions.deleteActive();
      case 'undo':
        return void actions.undo();
      case 'redo':
        return void actions.redo();
      case 'command-palette':
        return actions.openDialog('palette');
      case 'show-keys':
        return actions.openDialog('keys');
      case 'import':
        return dom.openFilePicker();
      case 'toggle-split':
        return actions.toggleSplit();
      case 'toggle-boilerplate':
        return actions.toggleBoilerplate();
      case 'focus-search':
        return dom.focusSearch();
      case 'focus-text':
        return actions.focusText();
      case 'change-annotator':
        return actions.openDialog('annotator');
      case 'export':
      case 'review':
      case 'next-disagreement':
      case 'previous-disagreement':
      case 'accept-a':
      case 'accept-b':
      case 'reject-disagreement':
        // The export and review modules take these actions through their workspace slots first.
        return;
    }
  }

  return {
    store,
    actions,
    run,
    /** The one queue for calls that change the tag set, shared with the comparison module so their order holds. */
    serial: ctx.serial,
    /** Applies a tag-set change made elsewhere (link work) to the loaded annotations and links. */
    apply: ctx.apply,
    /** Hears every applied tag-set change, undo and redo included. */
    onTagSetChange: ctx.onChange,
    /** Records an applied operation on the one undo history. */
    record: history.record,
  };
}

export type Workspace = ReturnType<typeof createWorkspace>;
export type WorkspaceActions = Workspace['actions'];
