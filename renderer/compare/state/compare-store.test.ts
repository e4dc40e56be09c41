import { describe, expect, it, vi } from 'vitest';
import { ANNOTATOR_KEY, createWorkspace } from '../../app';
import { FakeApi, OKAZ, PARA, RAFAH, asApi, memoryStorage } from '../../testing/fake-api';
import { rafahSetup } from '../testing/rafah-setup';
import { createCompare } from './compare-store';
import { NOTHING_TO_LINK } from './link-actions';

const rect = { left: 0, top: 0, bottom: 10, right: 10 };

const setup = rafahSetup;

type Setup = Awaited<ReturnType<typeof setup>>;

/** Waits until queued actions have settled. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

async function linkBoth({ ws, compare, okaz, para }: Setup, label = 'Fighters in Rafah') {
  ws.actions.setActive(okaz.id);
  expect(compare.intercept('link-selected')).toBe(true);
  await settle();
  compare.actions.togglePick(para.id);
  compare.intercept('link-selected');
  await settle();
  expect(compare.store.get().linkDialog).toEqual({ mode: 'create' });
  expect(await compare.actions.createLink({ label, kind: 'same-claim', note: '' })).toBe(true);
  return ws.store.get().links[0]!;
}

describe('linking', () => {
  it('picks the active annotation with L, then links it with one picked in another article', async () => {
    const s = await setup();
    const link = await linkBoth(s);
    expect(s.fake.calls.find((c) => c.method === 'link')?.input).toEqual({ annotationIds: [s.okaz.id, s.para.id], kind: 'same-claim', label: 'Fighters in Rafah' });
    expect(link.members).toEqual([s.okaz.id, s.para.id]);
    expect(s.compare.store.get().picked).toEqual([]);
    expect(s.compare.store.get().linkDialog).toBeNull();
    expect(s.ws.store.get().notice?.message).toBe('Linked 2 annotations as same claim: “Fighters in Rafah”');
  });

  it('says what to do when nothing is picked, and when all picks are in one article', async () => {
    const s = await setup();
    s.compare.intercept('link-selected');
    await settle();
    expect(s.ws.store.get().notice?.message).toBe(NOTHING_TO_LINK);
    s.ws.actions.setActive(s.okaz.id);
    s.compare.intercept('link-selected');
    await settle();
    expect(s.compare.store.get().linkDialog).toBeNull();
    expect(s.ws.store.get().notice?.message).toMatch(/^Picked “More than 100 fighters” for linking\. Now pick a matching annotation in another article/);
  });

  it('tags a selection in another article with the picked category and offers the link', async () => {
    const s = await setup();
    s.ws.actions.setActive(s.okaz.id);
    s.compare.intercept('link-selected');
    await settle();
    // Pane 0 shows Okaz; show Parapolitika there and select words in it.
    await s.ws.actions.openArticle(0, PARA);
    s.ws.actions.setSelection({ pane: 0, start: 10, end: 36, text: 'approximately 200 fighters', rect });
    s.compare.intercept('link-selected');
    await settle();
    const annotate = s.fake.calls.find((c) => c.method === 'annotate');
    expect(annotate?.input).toEqual({ articleId: PARA, category: 'claim', start: 10, end: 36 });
    expect(s.compare.store.get().picked).toHaveLength(2);
    expect(s.compare.store.get().linkDialog).toEqual({ mode: 'create' });
    // The new tag is on the workspace's history like any other.
    expect(s.ws.store.get().undo.past.at(-1)?.kind).toBe('create-annotation');
  });

  it("refuses a teammate's annotation with a message", async () => {
    const s = await setup();
    const theirs = s.fake.seed(PARA, 'tunnels beneath Rafah', 'Bo');
    await s.ws.actions.refreshArticles();
    s.ws.store.set((w) => ({ annotations: { ...w.annotations, [PARA]: [...(w.annotations[PARA] ?? []), theirs] } }));
    s.compare.actions.togglePick(theirs.id);
    expect(s.compare.store.get().picked).toEqual([]);
    expect(s.ws.store.get().notice?.message).toBe('“tunnels beneath Rafah” is Bo\'s annotation: links join your own annotations only');
  });

  it('shows the service refusal as an error notice', async () => {
    const s = await setup();
    s.compare.store.set({ picked: [s.okaz.id, s.para.id] });
    s.fake.annotations = s.fake.annotations.filter((a) => a.id !== s.para.id);
    expect(await s.compare.actions.createLink({ label: '', kind: 'same-claim', note: '' })).toBe(false);
    expect(s.ws.store.get().notice).toMatchObject({ tone: 'error', message: `Unknown annotation id ${s.para.id} (deleted, or never made)` });
  });
});

describe('changing links, on the one undo history', () => {
  it('undoes the most recent operation first, tag or link', async () => {
    const s = await setup();
    await linkBoth(s);
    // A tag after the link: undo takes the tag first, then the link.
    s.ws.actions.setSelection({ pane: 0, start: 0, end: 5, text: 'Talks', rect });
    await s.ws.actions.tag('framing');
    // Undo and redo are the workspace's keys now: compare leaves them alone.
    expect(s.compare.intercept('undo')).toBe(false);
    await s.ws.actions.undo();
    expect(s.ws.store.get().notice?.message).toBe('Undid tagging “Talks”');
    await s.ws.actions.undo();
    expect(s.ws.store.get().links).toEqual([]);
    expect(s.fake.links).toEqual([]);
    expect(s.ws.store.get().notice?.message).toBe('Undid linking “Fighters in Rafah”');
    // Redo in the opposite order: the link first.
    expect(s.compare.intercept('redo')).toBe(false);
    await s.ws.actions.redo();
    expect(s.ws.store.get().links.map((l) => l.label)).toEqual(['Fighters in Rafah']);
    expect(s.ws.store.get().undo.future.map((e) => e.kind)).toEqual(['create-annotation']);
  });

  it('renames and changes the kind as one undoable change', async () => {
    const s = await setup();
    const link = await linkBoth(s);
    await s.compare.actions.updateLink(link.id, { label: 'Fighters trapped in Rafah', kind: 'contradicts', note: '', members: link.members });
    expect(s.ws.store.get().links[0]).toMatchObject({ label: 'Fighters trapped in Rafah', kind: 'contradicts' });
    await s.ws.actions.undo();
    expect(s.ws.store.get().links[0]).toMatchObject({ label: 'Fighters in Rafah', kind: 'same-claim' });
  });

  it('deletes a link, closes its view, and brings it back on undo', async () => {
    const s = await setup();
    const link = await linkBoth(s);
    s.compare.actions.openLink(link.id);
    await s.compare.actions.deleteLink(link.id);
    expect(s.ws.store.get().links).toEqual([]);
    expect(s.compare.store.get().view).toBeNull();
    await s.ws.actions.undo();
    expect(s.fake.links.map((l) => l.id)).toEqual([link.id]);
  });
});

describe('deleting a linked annotation', () => {
  it('asks first, naming the link, and deletes only when confirmed', async () => {
    const s = await setup();
    await linkBoth(s);
    s.ws.actions.setActive(s.okaz.id);
    expect(s.compare.intercept('delete-annotation')).toBe(true);
    const confirm = s.compare.store.get().confirm!;
    expect(confirm.message).toBe("This annotation is in 1 link: 'Fighters in Rafah'. Delete it and update the link?");
    expect(confirm.detail).toBe("'Fighters in Rafah' would be left with one article, so it is deleted too (Ctrl+Z brings both back).");
    // While the question is open it owns the keyboard.
    expect(s.compare.intercept('tag-claim')).toBe(true);
    s.compare.actions.answerConfirm(false);
    expect(s.fake.methods()).not.toContain('deleteAnnotation');
    s.compare.intercept('delete-annotation');
    s.compare.actions.answerConfirm(true);
    await settle();
    expect(s.fake.methods()).toContain('deleteAnnotation');
    expect(s.ws.store.get().links).toEqual([]);
  });

  it('leaves annotations outside links to the workspace', async () => {
    const s = await setup();
    s.ws.actions.setActive(s.okaz.id);
    expect(s.compare.intercept('delete-annotation')).toBe(false);
    let ran = false;
    s.compare.actions.confirmDelete(s.okaz.id, () => (ran = true));
    expect(ran).toBe(true);
  });
});

describe('views', () => {
  it('opens a comparison, loads the member articles, and closes with Esc', async () => {
    const s = await setup();
    const link = await linkBoth(s);
    s.fake.comparison = {
      members: [
        { id: s.okaz.id, articleId: OKAZ, outletName: 'Okaz', text: 'More than 100 fighters', start: 15, end: 37, quantities: [], times: [], actors: [], source: { kind: 'unattributed' }, distinctive: [] },
        { id: s.para.id, articleId: PARA, outletName: 'Parapolitika', text: 'approximately 200 fighters', start: 10, end: 36, quantities: [], times: [], actors: [], source: { kind: 'unattributed' }, distinctive: [] },
      ],
      wording: { base: 0, diffs: [] },
      actors: { shared: [], differing: [] },
      conflicts: [{ kind: 'quantity', message: '2 numbers disagree: More than 100 fighters / approximately 200 fighters', members: [s.okaz.id, s.para.id] }],
    };
    s.compare.actions.openLink(link.id);
    await settle();
    await settle();
    expect(s.compare.store.get().comparisons[link.id]).toMatchObject({ status: 'ready', key: link.updatedAt });
    expect(Object.keys(s.ws.store.get().views).sort()).toEqual([OKAZ, PARA].sort());
    // Text actions are held back while the view covers the articles.
    expect(s.compare.intercept('tag-claim')).toBe(true);
    expect(s.compare.intercept('cancel')).toBe(true);
    expect(s.compare.store.get().view).toBeNull();
    expect(s.compare.intercept('cancel')).toBe(false);
  });

  it('tags every occurrence of a term as framing, reports it, and undoes it in one step', async () => {
    const s = await setup();
    const link = await linkBoth(s);
    await s.compare.actions.tagTerm(link.id, 'fighters');
    expect(s.fake.calls.find((c) => c.method === 'tagTerm')?.input).toEqual({ term: 'fighters', category: 'framing', label: 'loaded-term' });
    const framing = () => Object.values(s.ws.store.get().annotations).flat().filter((a) => a.category === 'framing');
    expect(framing()).toHaveLength(2);
    expect(Object.values(s.compare.store.get().termResults)).toEqual(['2 new framing tags (loaded term)']);
    await s.ws.actions.undo();
    expect(framing()).toHaveLength(0);
  });

  it('opens a suggested pair side by side and asks both panes to scroll', async () => {
    const s = await setup();
    s.compare.actions.openSuggested();
    await settle();
    const pair = s.compare.store.get().aligned!.value![0]!;
    await s.compare.actions.openPair(pair);
    expect(s.ws.store.get().panes.map((p) => p.articleId)).toEqual([OKAZ, PARA]);
    expect(s.compare.store.get().scroll?.targets.map((t) => t.pane)).toEqual([0, 1]);
    expect(s.compare.store.get().view).toBeNull();
  });

  it('forgets picks and views when the annotator changes', async () => {
    const s = await setup();
    s.compare.store.set({ picked: [s.okaz.id], view: { kind: 'coverage' } });
    await s.ws.actions.setAnnotator('Bo');
    expect(s.compare.store.get().picked).toEqual([]);
    expect(s.compare.store.get().view).toBeNull();
  });
});

describe('suggestions', () => {
  it('accepts a suggestion for the active annotation and undoes it', async () => {
    const s = await setup();
    const source = { annotationId: s.okaz.id, articleId: OKAZ, start: 15, end: 37, text: 'More than 100 fighters', canAccept: true };
    await s.compare.actions.loadSuggestions(source);
    const suggestion = s.compare.store.get().suggestions!.value![0]!;
    expect(s.fake.calls.find((c) => c.method === 'suggest')?.input).toEqual({ articleId: OKAZ, start: 15, end: 37, top: 2 });
    await s.compare.actions.accept(source, suggestion);
    expect(s.ws.store.get().links).toHaveLength(1);
    expect(s.compare.store.get().accepted).toEqual([`${suggestion.articleId}:${suggestion.start}:${suggestion.end}`]);
    await s.ws.actions.undo();
    expect(s.ws.store.get().links).toEqual([]);
    expect(s.fake.annotations.map((a) => a.id)).toEqual([s.okaz.id, s.para.id]);
  });

  it('tags a plain selection as a claim before accepting', async () => {
    const s = await setup();
    const source = { annotationId: null, articleId: OKAZ, start: 0, end: 14, text: 'Talks stalled.', canAccept: true };
    await s.compare.actions.loadSuggestions(source);
    await s.compare.actions.accept(source, s.compare.store.get().suggestions!.value![0]!);
    expect(s.fake.methods().filter((m) => m === 'annotate' || m === 'acceptSuggestion')).toEqual(['annotate', 'acceptSuggestion']);
    expect(s.fake.calls.find((c) => c.method === 'annotate')?.input).toMatchObject({ category: 'claim', start: 0, end: 14 });
  });
});

describe('conflict summaries', () => {
  it('loads every link’s summary when the tag set opens, and again after link work settles', async () => {
    const fake = new FakeApi({ articles: RAFAH, annotator: 'Ana' });
    const okaz = fake.seed(OKAZ, 'More than 100 fighters');
    const para = fake.seed(PARA, 'approximately 200 fighters');
    fake.links.push({ id: 'l-old', annotator: 'Ana', label: 'Made earlier', kind: 'contradicts', members: [okaz.id, para.id], note: '', createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z' });
    fake.comparison = { ...fake.comparison, conflicts: [{ kind: 'quantity', message: 'Figures differ: more than 100 / approximately 200', members: [okaz.id, para.id], severity: 'different' }] };
    const api = asApi(fake);
    const ws = createWorkspace(api, memoryStorage({ [ANNOTATOR_KEY]: 'Ana' }));
    const compare = createCompare(ws, api);
    await ws.actions.load();
    await vi.waitFor(() => expect(compare.store.get().summaries?.status).toBe('ready'));
    // Never opened, yet its badge is known.
    expect(compare.store.get().summaries?.value?.['l-old']).toMatchObject({ count: 1, severity: 'different' });
    expect(fake.methods()).not.toContain('compareLink');

    const before = fake.methods().filter((m) => m === 'linkConflictSummaries').length;
    await ws.actions.ensureArticle(PARA);
    await linkBoth({ fake, ws, compare, okaz, para });
    await vi.waitFor(() => expect(fake.methods().filter((m) => m === 'linkConflictSummaries').length).toBeGreaterThan(before), { timeout: 2000 });
    compare.dispose();
  });
});
