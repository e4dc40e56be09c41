import { describe, expect, it } from 'vitest';
import { StudyError } from '../../../shared/errors';
import { createWorkspace } from './actions';
import { EMPTY_SELECTION_MESSAGE } from './annotation-actions';
import { ANNOTATOR_KEY } from './workspace-study-actions';
import { CEASEFIRE, FakeApi, asApi, memoryStorage } from '../../testing/fake-api';
import type { Rect } from './workspace-state';

const rect: Rect = { left: 0, top: 0, bottom: 10, right: 10 };

async function readyWorkspace(api = new FakeApi()) {
  const storage = memoryStorage({ [ANNOTATOR_KEY]: 'Ana' });
  const ws = createWorkspace(asApi(api), storage);
  await ws.actions.load();
  return { api, storage, ws };
}

function select(ws: ReturnType<typeof createWorkspace>, start: number, end: number, text: string) {
  ws.actions.setSelection({ pane: 0, start, end, text, rect });
}

const loaded = (ws: ReturnType<typeof createWorkspace>) => ws.store.get().annotations['a1'] ?? [];

describe('loading', () => {
  it('asks who is annotating when nobody is remembered', async () => {
    const api = new FakeApi();
    const ws = createWorkspace(asApi(api), memoryStorage());
    await ws.actions.load();
    expect(ws.store.get().dialog).toBe('annotator');
  });

  it('sends the remembered annotator again and opens the first article', async () => {
    const { api, ws } = await readyWorkspace();
    expect(api.calls.find((c) => c.method === 'setAnnotator')?.input).toEqual({ name: 'Ana' });
    expect(ws.store.get().dialog).toBeNull();
    expect(ws.store.get().panes[0]?.articleId).toBe('a1');
    expect(ws.store.get().views['a1']?.title).toBe('Ceasefire');
  });

  it('remembers a newly entered annotator and refuses a blank one', async () => {
    const api = new FakeApi();
    const storage = memoryStorage();
    const ws = createWorkspace(asApi(api), storage);
    await ws.actions.load();
    expect(await ws.actions.setAnnotator('   ')).toBe(false);
    expect(await ws.actions.setAnnotator(' Bo ')).toBe(true);
    expect(storage.getItem(ANNOTATOR_KEY)).toBe('Bo');
    expect(ws.store.get().study?.annotator).toBe('Bo');
  });
});

describe('tagging', () => {
  it('refuses an empty or whitespace-only selection with a message and no call', async () => {
    const { api, ws } = await readyWorkspace();
    await ws.actions.tag('claim');
    expect(ws.store.get().notice?.message).toBe(EMPTY_SELECTION_MESSAGE);
    select(ws, 38, 40, '\n\n');
    await ws.actions.tag('claim');
    expect(ws.store.get().notice?.message).toBe(EMPTY_SELECTION_MESSAGE);
    expect(api.methods()).not.toContain('annotate');
  });

  it('tags the selection, makes it active and opens the label picker', async () => {
    const { api, ws } = await readyWorkspace();
    select(ws, 4, 12, 'minister');
    await ws.actions.tag('framing');
    const state = ws.store.get();
    expect(api.annotations).toHaveLength(1);
    expect(loaded(ws).map((a) => a.quote.exact)).toEqual(['minister']);
    expect(state.activeId).toBe(api.annotations[0]!.id);
    expect(state.tagging?.category).toBe('framing');
    expect(state.selection).toBeNull();
  });

  it('folds the chosen label into the tag, so one undo removes both', async () => {
    const { api, ws } = await readyWorkspace();
    select(ws, 4, 12, 'minister');
    await ws.actions.tag('framing');
    await ws.actions.finishTagging('loaded-term');
    expect(loaded(ws)[0]?.label).toBe('loaded-term');
    expect(ws.store.get().undo.past).toHaveLength(1);
    await ws.actions.undo();
    expect(api.annotations).toHaveLength(0);
    await ws.actions.redo();
    expect(api.annotations[0]?.label).toBe('loaded-term');
  });
});

describe('undo and redo', () => {
  it('undoes a tag by deleting it and redoes it with the same id', async () => {
    const { api, ws } = await readyWorkspace();
    select(ws, 4, 12, 'minister');
    await ws.actions.tag('claim');
    const id = api.annotations[0]!.id;
    await ws.actions.undo();
    expect(api.methods()).toContain('deleteAnnotation');
    expect(loaded(ws)).toHaveLength(0);
    await ws.actions.redo();
    expect(api.methods().at(-1)).toBe('restoreAnnotations');
    expect(loaded(ws).map((a) => a.id)).toEqual([id]);
  });

  it('undoes a delete by restoring the annotation and the links it was in', async () => {
    // A link needs members in two articles: the second is tagged in another one.
    const other = { id: 'a2', outletId: 'o2', outletName: 'Outlet Two', title: 'Truce', text: 'Critics disagree.', blocks: 1 };
    const { api, ws } = await readyWorkspace(new FakeApi({ articles: [...CEASEFIRE, other] }));
    select(ws, 4, 12, 'minister');
    await ws.actions.tag('claim');
    const first = api.annotations[0];
    const second = api.seed('a2', 'Critics', 'Ana', 'attribution');
    await api.link({ annotationIds: [first!.id, second.id] });
    ws.actions.setActive(first!.id);
    await ws.actions.deleteActive();
    expect(api.links).toHaveLength(0);
    await ws.actions.undo();
    const restore = api.calls.at(-1);
    expect(restore?.method).toBe('restoreAnnotations');
    expect(api.annotations.map((a) => a.id)).toContain(first!.id);
    expect(api.links[0]?.members).toEqual([first!.id, second.id]);
  });

  it('undoes an edit by writing the old values back, and redoes it', async () => {
    const { api, ws } = await readyWorkspace();
    select(ws, 4, 12, 'minister');
    await ws.actions.tag('claim');
    const id = api.annotations[0]!.id;
    await ws.actions.editAnnotation(id, { note: 'check this', label: 'numeric' });
    await ws.actions.undo();
    expect(api.calls.at(-1)).toEqual({ method: 'updateAnnotation', input: { id, category: 'claim', label: null, note: '' } });
    expect(loaded(ws)[0]?.note).toBe('');
    await ws.actions.redo();
    expect(loaded(ws)[0]).toMatchObject({ note: 'check this', label: 'numeric' });
  });

  it('says so when there is nothing to undo', async () => {
    const { api, ws } = await readyWorkspace();
    const before = api.calls.length;
    await ws.actions.undo();
    expect(ws.store.get().notice?.message).toBe('Nothing to undo');
    expect(api.calls.length).toBe(before);
  });

  it('keeps the entry when the undo call fails, and shows the error', async () => {
    const { api, ws } = await readyWorkspace();
    select(ws, 4, 12, 'minister');
    await ws.actions.tag('claim');
    api.annotations = [];
    await ws.actions.undo();
    expect(ws.store.get().notice).toMatchObject({ tone: 'error' });
    expect(ws.store.get().undo.past).toHaveLength(1);
  });
});

describe('moving between annotations', () => {
  it('steps through the annotations in reading order with J and K, wrapping around', async () => {
    const { ws } = await readyWorkspace();
    select(ws, 40, 47, 'Critics');
    await ws.actions.tag('claim');
    select(ws, 4, 12, 'minister');
    await ws.actions.tag('claim');
    ws.actions.setActive(null);
    const quotes: string[] = [];
    for (let i = 0; i < 3; i++) {
      ws.actions.step(1);
      quotes.push(loaded(ws).find((a) => a.id === ws.store.get().activeId)!.quote.exact);
    }
    expect(quotes).toEqual(['minister', 'Critics', 'minister']);
    ws.actions.step(-1);
    expect(ws.store.get().scrollRequest?.id).toBe(ws.store.get().activeId);
  });
});

describe('import', () => {
  it('imports article files one by one and reports each result', async () => {
    const { ws } = await readyWorkspace();
    await ws.actions.importFiles([
      { name: 'a.txt', read: async () => 'Some text' },
      { name: 'photo.png', read: async () => 'x' },
      { name: 'empty.md', read: async () => '  ' },
    ]);
    const imports = ws.store.get().imports;
    expect(imports).toMatchObject({ total: 3, done: 3, running: false });
    expect(imports?.results.map((r) => r.ok)).toEqual([true, false, false]);
    expect(imports?.results[2]?.message).toBe('empty.md is empty');
  });
});

describe('Esc while a tag is being saved', () => {
  it('keeps the tag and skips the label picker', async () => {
    const { api, ws } = await readyWorkspace();
    select(ws, 4, 12, 'minister');
    const tagging = ws.actions.tag('claim');
    ws.actions.cancel();
    await tagging;
    expect(api.annotations).toHaveLength(1);
    expect(ws.store.get().tagging).toBeNull();
  });
});

describe('split view', () => {
  it('opens a second pane on another article and keeps the focus on the first', async () => {
    const { ws } = await readyWorkspace();
    ws.store.set((s) => ({ articles: [...s.articles, { ...s.articles[0]!, id: 'a2', title: 'Other' }] }));
    ws.actions.toggleSplit();
    expect(ws.store.get().panes.map((p) => p.articleId)).toEqual(['a1', 'a2']);
    expect(ws.store.get().focusedPane).toBe(0);
    ws.actions.toggleSplit();
    expect(ws.store.get().panes).toHaveLength(1);
  });

  it('keeps the hovered highlights of one pane, and a pane that loses the pointer clears only its own', async () => {
    const { ws } = await readyWorkspace();
    let notified = 0;
    ws.store.subscribe(() => notified++);
    ws.actions.setHover(0, ['inner', 'outer']);
    ws.actions.setHover(0, ['inner', 'outer']);
    expect(ws.store.get().hover).toEqual({ pane: 0, ids: ['inner', 'outer'] });
    expect(notified).toBe(1);
    // The pointer moved straight into the right pane; the left pane's late "left" report changes nothing.
    ws.actions.setHover(1, ['b']);
    ws.actions.setHover(0, null);
    expect(ws.store.get().hover).toEqual({ pane: 1, ids: ['b'] });
    ws.actions.setHover(1, []);
    expect(ws.store.get().hover).toBeNull();
  });
});

describe('a damaged study file', () => {
  it('offers the last good version and reloads after restoring it', async () => {
    const api = new FakeApi();
    api.annotator = 'Ana';
    const broken = new StudyError('corrupt-file', 'tagsets/ana.json: annotations[0].position.end must be a number', { file: 'tagsets/ana.json', backup: true });
    const getStudy = api.getStudy.bind(api);
    let failures = 1;
    api.getStudy = async (input) => {
      if (failures-- > 0) throw broken;
      return getStudy(input);
    };
    const ws = createWorkspace(asApi(api), memoryStorage({ [ANNOTATOR_KEY]: 'Ana' }));
    await ws.actions.load();
    expect(ws.store.get().phase).toBe('failed');
    expect(ws.store.get().notice).toMatchObject({ tone: 'error', message: broken.message, restoreFile: 'tagsets/ana.json' });
    await ws.actions.restoreBackup('tagsets/ana.json');
    expect(api.calls.find((c) => c.method === 'restoreBackup')?.input).toEqual({ file: 'tagsets/ana.json' });
    expect(ws.store.get().phase).toBe('ready');
  });

  it('does not offer a restore when there is no backup', async () => {
    const api = new FakeApi();
    api.getStudy = async () => {
      throw new StudyError('corrupt-file', 'project.json: not JSON', { file: 'project.json', backup: false });
    };
    const ws = createWorkspace(asApi(api), memoryStorage());
    await ws.actions.load();
    expect(ws.store.get().notice?.restoreFile).toBeUndefined();
  });
});
