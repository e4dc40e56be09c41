import type { ArticleSummary } from '../../../shared/api';
import { AnnotatorName } from '../../../shared/model';
import type { ActionContext } from './context';
import { emptyStack } from './undo-stack';
import type { UndoEntry } from './undo-entries';
import { initialState, type ImportResult } from './workspace-state';

/** localStorage keys: who annotates in this browser, and the last article opened. */
export const ANNOTATOR_KEY = 'studio.annotator';
export const LAST_ARTICLE_KEY = 'studio.lastArticle';

/** File types the import accepts (what the file picker offers too). */
export const IMPORT_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'] as const;

/** A file to import, reduced to its name and a way to read it (a DOM File in the app). */
export interface ImportFile {
  name: string;
  read(): Promise<string>;
}

export function createStudyActions(ctx: ActionContext) {
  const { store, api, storage } = ctx;

  async function refreshArticles(): Promise<void> {
    const [study, articles] = await Promise.all([api.getStudy({}), api.listArticles({})]);
    store.set({ study, articles });
  }

  /** Loads an article's view and annotations once; later calls reuse them. */
  async function ensureArticle(articleId: string): Promise<void> {
    const state = store.get();
    if (state.views[articleId] && state.annotations[articleId]) return;
    const [view, annotations] = await Promise.all([api.getArticle({ articleId }), api.listAnnotations({ articleId })]);
    store.set((s) => ({ views: { ...s.views, [articleId]: view }, annotations: { ...s.annotations, [articleId]: annotations } }));
  }

  /** Shows an article in a pane and (unless told otherwise) makes that pane the focused one. */
  async function openArticle(pane: number, articleId: string, options: { focus?: boolean } = {}): Promise<void> {
    const focus = options.focus ?? true;
    store.set((s) => {
      const panes = s.panes.map((p, i) => (i === pane ? { articleId } : p));
      const activeStays = s.activeId !== null && panes.some((p) => p.articleId && s.annotations[p.articleId]?.some((a) => a.id === s.activeId));
      return {
        panes,
        focusedPane: focus ? pane : s.focusedPane,
        selection: null,
        tagging: null,
        activeId: activeStays ? s.activeId : null,
      };
    });
    storage.setItem(LAST_ARTICLE_KEY, articleId);
    try {
      await ensureArticle(articleId);
    } catch (error) {
      ctx.fail(error);
    }
  }

  /**
   * Opens the workspace: the study, the annotator remembered in this browser
   * (sent again, since the service forgets it on restart), the article list,
   * and the last article read.
   */
  async function load(): Promise<void> {
    store.set({ ...initialState(), phase: 'loading' });
    try {
      let study = await api.getStudy({});
      const remembered = storage.getItem(ANNOTATOR_KEY);
      if (remembered && AnnotatorName.safeParse(remembered).success && remembered !== study.annotator) {
        study = await api.setAnnotator({ name: remembered });
      } else if (!remembered && study.annotator) {
        storage.setItem(ANNOTATOR_KEY, study.annotator);
      }
      const [articles, links] = await Promise.all([api.listArticles({}), api.listLinks({})]);
      store.set({ phase: 'ready', study, articles, links, dialog: study.annotator ? null : 'annotator' });
      const last = storage.getItem(LAST_ARTICLE_KEY);
      const first = articles.find((a) => a.id === last) ?? firstArticle(articles);
      if (first) await openArticle(0, first.id);
    } catch (error) {
      store.set({ phase: 'failed' });
      ctx.fail(error);
    }
  }

  /** Records who is annotating; their tag set is the one edited from now on. */
  async function setAnnotator(name: string): Promise<boolean> {
    const parsed = AnnotatorName.safeParse(name);
    if (!parsed.success) {
      ctx.inform(parsed.error.issues[0]?.message ?? 'Enter a name');
      return false;
    }
    try {
      const study = await api.setAnnotator({ name: parsed.data });
      storage.setItem(ANNOTATOR_KEY, parsed.data);
      // Undo entries belong to the previous annotator's tag set.
      store.set({ study, dialog: null, undo: emptyStack<UndoEntry>() });
      await refreshArticles();
      return true;
    } catch (error) {
      ctx.fail(error);
      return false;
    }
  }

  /** Puts back the last good version of a damaged file, then reloads everything. */
  async function restoreBackup(file: string): Promise<void> {
    try {
      await api.restoreBackup({ file });
      await load();
      ctx.inform(`Restored the last good version of ${file}.`);
    } catch (error) {
      ctx.fail(error);
    }
  }

  /** Imports files one by one, reporting progress and a result per file. */
  async function importFiles(files: readonly ImportFile[]): Promise<void> {
    if (files.length === 0) return;
    const results: ImportResult[] = [];
    const progress = (done: number, current: string | null, running: boolean) =>
      store.set({ imports: { total: files.length, done, current, results: [...results], running } });
    let firstImported: string | null = null;
    for (const [index, file] of files.entries()) {
      progress(index, file.name, true);
      if (file.name.toLowerCase().endsWith('.json')) {
        // A page cannot hand the service a file's path, and teammates' tag sets are read from disk by path.
        results.push({ fileName: file.name, ok: false, message: 'A tag set file: bring it in with “Bring in teammates’ work…” (sidebar, Review), giving its path' });
        continue;
      }
      if (!IMPORT_EXTENSIONS.some((ext) => file.name.toLowerCase().endsWith(ext))) {
        results.push({ fileName: file.name, ok: false, message: `Not imported: only ${IMPORT_EXTENSIONS.join(', ')} files can be imported` });
        continue;
      }
      try {
        const content = await file.read();
        const summary = await api.importArticle({ fileName: file.name, content });
        firstImported ??= summary.id;
        store.set((s) => ({ articles: [...s.articles, summary] }));
        results.push({ fileName: file.name, ok: true, message: `Imported “${summary.title}” (${summary.outletName})` });
      } catch (error) {
        results.push({ fileName: file.name, ok: false, message: error instanceof Error ? error.message : String(error) });
      }
    }
    progress(files.length, null, false);
    try {
      await refreshArticles();
    } catch (error) {
      ctx.fail(error);
    }
    if (firstImported && !store.get().panes[0]?.articleId) await openArticle(0, firstImported);
  }

  return { load, setAnnotator, openArticle, ensureArticle, refreshArticles, restoreBackup, importFiles };
}

function firstArticle(articles: readonly ArticleSummary[]): ArticleSummary | undefined {
  return [...articles].sort((a, b) => a.outletName.localeCompare(b.outletName) || a.title.localeCompare(b.title))[0];
}
