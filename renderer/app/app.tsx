import { useCallback, useEffect, useMemo, useRef } from 'react';
import { AnnotationPanel } from './annotation-panel';
import { AnnotatorDialog } from './annotator-dialog';
import { ArticlePane } from './article-pane';
import { CommandPalette } from './command-palette';
import { DomCommandsProvider, type DomCommands } from './dom-commands';
import { DropOverlay } from './drop-overlay';
import { FailureScreen } from './failure-screen';
import { FilePicker } from './file-picker';
import { Header } from './header';
import { ImportStatus } from './import-status';
import { KeymapDialog } from './keymap-dialog';
import { NoticeBar } from './notice-bar';
import { Sidebar } from './sidebar';
import type { ActionId } from './state/keymap';
import { useFileDrop } from './use-file-drop';
import { useKeyboard } from './use-keyboard';
import { useMenuCommands } from './use-menu-commands';
import { infoNotice } from './state/notices';
import { useActions, useWorkspace, useWorkspaceState } from './workspace-context';
import { interceptBySlots, SlotMainArea, SlotOverlays, useSlots } from './workspace-slots';

/** The annotating workspace: header, outlets, one or two article panes, the annotation panel. */
export function App() {
  const workspace = useWorkspace();
  const slots = useSlots();
  const actions = useActions();
  const phase = useWorkspaceState((s) => s.phase);
  const dialog = useWorkspaceState((s) => s.dialog);
  const paneCount = useWorkspaceState((s) => s.panes.length);
  const searchRef = useRef<HTMLInputElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    void actions.load();
  }, [actions]);

  const importFiles = useCallback(
    (files: File[]) => void actions.importFiles(files.map((f) => ({ name: f.name, read: () => f.text() }))),
    [actions],
  );
  const dom = useMemo<DomCommands>(
    () => ({
      openFilePicker: () => fileRef.current?.click(),
      focusSearch: () => searchRef.current?.focus(),
    }),
    [],
  );
  // Feature modules take their keys first (L and Esc in a compare view for links and comparison, export).
  const run = useCallback((action: ActionId) => interceptBySlots(slots, action) || workspace.run(action, dom), [slots, workspace, dom]);
  useKeyboard(run);
  const reload = useCallback(() => void actions.load(), [actions]);
  const about = useCallback(
    () => workspace.store.set({ notice: infoNotice('Outlet Compare 0.1.0: compare how outlets cover one story. Works offline; your study is a folder of JSON files.') }),
    [workspace],
  );
  useMenuCommands(run, reload, about);
  const dragging = useFileDrop(importFiles);

  if (phase === 'failed') return <FailureScreen />;

  return (
    <DomCommandsProvider value={dom}>
      <div className="app">
        <Header searchRef={searchRef} onImport={dom.openFilePicker} onExport={() => run('export')} />
        <div className="workspace">
          <Sidebar />
          <SlotMainArea>
            <main className={paneCount > 1 ? 'panes split' : 'panes'} aria-label="Reading panes">
              {phase === 'loading' && <p className="pane-loading">Opening the study…</p>}
              {phase === 'ready' && Array.from({ length: paneCount }, (_, pane) => <ArticlePane key={pane} pane={pane} split={paneCount > 1} />)}
            </main>
          </SlotMainArea>
          <AnnotationPanel />
        </div>
        <ImportStatus />
        <NoticeBar />
        <FilePicker ref={fileRef} onFiles={importFiles} />
        {dialog === 'annotator' && <AnnotatorDialog />}
        {dialog === 'keys' && <KeymapDialog />}
        {dialog === 'palette' && <CommandPalette run={run} />}
        <SlotOverlays />
        {dragging && <DropOverlay />}
      </div>
    </DomCommandsProvider>
  );
}
