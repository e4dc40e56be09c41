import { describe, expect, it } from 'vitest';
import type { Annotation, Link } from '../../../shared/model';
import { ANNOTATOR_KEY, createWorkspace, type UndoKind, type Workspace } from '../../app';
import { FakeApi, OKAZ, PARA, RAFAH, asApi, memoryStorage } from '../../testing/fake-api';
import { rafahSetup } from '../testing/rafah-setup';
import { createCompare, type Compare } from './compare-store';

/**
 * The workspace keeps one undo history for tags and link work alike; these
 * tests drive both through the real action modules and check the study (in
 * the fake service) and the workspace's copies after undoing and redoing.
 */

const rect = { left: 0, top: 0, bottom: 10, right: 10 };

const setup = rafahSetup;

/** Lets fire-and-forget actions (L) finish. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

async function link(ws: Workspace, compare: Compare, a: string, b: string, label: string): Promise<Link> {
  ws.actions.setActive(a);
  compare.intercept('link-selected');
  await settle();
  compare.actions.togglePick(b);
  compare.intercept('link-selected');
  await settle();
  expect(await compare.actions.createLink({ label, kind: 'same-claim', note: '' })).toBe(true);
  return ws.store.get().links.find((l) => l.label === label)!;
}

/** What the analyst sees of an annotation (edit times change on every write, so they are left out). */
const shownAnnotation = (a: Annotation) => ({ id: a.id, articleId: a.articleId, category: a.category, label: a.label, note: a.note, position: a.position });
const shownLink = (l: Link) => ({ id: l.id, label: l.label, kind: l.kind, note: l.note, members: l.members });
const byId = <T extends { id: string }>(list: readonly T[]) => [...list].sort((x, y) => x.id.localeCompare(y.id));

/** The study as stored and as the workspace holds it; both must agree. */
function snapshot({ fake, ws }: { fake: FakeApi; ws: Workspace }) {
  const stored = { annotations: byId(fake.annotations).map(shownAnnotation), links: byId(fake.links).map(shownLink) };
  const w = ws.store.get();
  const held = { annotations: byId(Object.values(w.annotations).flat()).map(shownAnnotation), links: byId(w.links).map(shownLink) };
  expect(held).toEqual(stored);
  return stored;
}

async function undoAll(ws: Workspace): Promise<void> {
  while (ws.store.get().undo.past.length > 0) await ws.actions.undo();
}

async function redoAll(ws: Workspace): Promise<void> {
  while (ws.store.get().undo.future.length > 0) await ws.actions.redo();
}

describe('one undo history for tags and links', () => {
  it('undoes a mixed timeline back to the start and redoes it to the end', async () => {
    const s = await setup();
    const { ws, compare } = s;
    const before = snapshot(s);

    // Tag, link, edit the tag, change the link, accept a suggestion into it, tag a term, delete a linked annotation, delete the link.
    ws.actions.setSelection({ pane: 0, start: 0, end: 13, text: 'Talks stalled', rect });
    await ws.actions.tag('framing');
    await ws.actions.finishTagging(null);
    const tagged = ws.store.get().activeId!;
    const first = await link(ws, compare, s.okaz.id, s.para.id, 'Fighters in Rafah');
    await ws.actions.editAnnotation(tagged, { note: 'the talks, not the fighting' });
    await compare.actions.updateLink(first.id, { label: 'Fighters trapped', kind: 'contradicts', note: '', members: first.members });
    const source = { annotationId: s.para.id, articleId: PARA, start: 10, end: 36, text: 'approximately 200 fighters', canAccept: true };
    await compare.actions.loadSuggestions(source);
    await compare.actions.accept(source, compare.store.get().suggestions!.value![0]!);
    await compare.actions.tagTerm(first.id, 'Rafah');
    ws.actions.setActive(s.para.id);
    await ws.actions.deleteActive();
    const rafah = ws.store.get().annotations[PARA]!.find((a) => a.category === 'framing')!;
    const second = await link(ws, compare, tagged, rafah.id, 'Talks and Rafah');
    await compare.actions.deleteLink(second.id);

    const kinds: UndoKind[] = ['create-annotation', 'create-link', 'edit-annotation', 'edit-link', 'accept-suggestion', 'tag-term', 'delete-annotation', 'create-link', 'delete-link'];
    expect(ws.store.get().undo.past.map((e) => e.kind)).toEqual(kinds);
    const after = snapshot(s);
    expect(after).not.toEqual(before);
    // Deleting Parapolitika's member left "Fighters trapped" with one article, so the link went with it.
    expect(after.links).toEqual([]);
    expect(after.annotations.map((a) => a.id)).not.toContain(s.para.id);

    await undoAll(ws);
    expect(snapshot(s)).toEqual(before);
    expect(ws.store.get().undo.future.map((e) => e.kind)).toEqual([...kinds].reverse());
    expect(ws.store.get().notice?.message).toBe('Undid tagging “Talks stalled”');

    await redoAll(ws);
    expect(snapshot(s)).toEqual(after);
    expect(ws.store.get().undo.past.map((e) => e.kind)).toEqual(kinds);

    // And back again: the refreshed entries still undo cleanly.
    await undoAll(ws);
    expect(snapshot(s)).toEqual(before);
  });

  it('takes the most recent entry whatever its kind, and redoes in the opposite order', async () => {
    const s = await setup();
    const { ws, compare } = s;
    ws.actions.setSelection({ pane: 0, start: 0, end: 5, text: 'Talks', rect });
    await ws.actions.tag('claim');
    await link(ws, compare, s.okaz.id, s.para.id, 'Fighters in Rafah');
    await ws.actions.editAnnotation(s.okaz.id, { category: 'framing' });
    await ws.actions.undo();
    expect(ws.store.get().notice?.message).toBe('Undid the edit');
    await ws.actions.undo();
    expect(ws.store.get().notice?.message).toBe('Undid linking “Fighters in Rafah”');
    await ws.actions.redo();
    expect(ws.store.get().notice?.message).toBe('Redid linking “Fighters in Rafah”');
    expect(ws.store.get().undo.future.map((e) => e.kind)).toEqual(['edit-annotation']);
  });

  it('drops the redo side when any new operation is recorded, tag or link', async () => {
    const s = await setup();
    const { ws, compare } = s;
    await link(ws, compare, s.okaz.id, s.para.id, 'Fighters in Rafah');
    await ws.actions.undo();
    expect(ws.store.get().undo.future).toHaveLength(1);
    ws.actions.setSelection({ pane: 0, start: 0, end: 5, text: 'Talks', rect });
    await ws.actions.tag('claim');
    expect(ws.store.get().undo.future).toEqual([]);
    await ws.actions.redo();
    expect(ws.store.get().notice?.message).toBe('Nothing to redo');

    await ws.actions.undo();
    expect(ws.store.get().undo.future.map((e) => e.kind)).toEqual(['create-annotation']);
    await link(ws, compare, s.okaz.id, s.para.id, 'Again');
    expect(ws.store.get().undo).toEqual({ past: [expect.objectContaining({ kind: 'create-link' })], future: [] });
  });

  it('keeps the index of own annotations in step when an undo removes tags in articles not open', async () => {
    const s = await setup();
    const { ws, compare } = s;
    const first = await link(ws, compare, s.okaz.id, s.para.id, 'Fighters in Rafah');
    await compare.actions.loadOwn();
    await compare.actions.tagTerm(first.id, 'Rafah');
    const own = () => Object.values(compare.store.get().own?.value ?? {}).filter((a) => a.category === 'framing');
    expect(own()).toHaveLength(2);
    await ws.actions.undo();
    expect(own()).toEqual([]);
  });

  it('forgets the whole history when the annotator changes', async () => {
    const s = await setup();
    await link(s.ws, s.compare, s.okaz.id, s.para.id, 'Fighters in Rafah');
    await s.ws.actions.setAnnotator('Bo');
    expect(s.ws.store.get().undo).toEqual({ past: [], future: [] });
  });
});
