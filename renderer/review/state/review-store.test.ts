import { describe, expect, it } from 'vitest';
import { ANNOTATOR_KEY, createWorkspace } from '../../app';
import { OKAZ, PARA, RAFAH, asApi, memoryStorage } from '../../testing/fake-api';
import { ReviewFakeApi } from '../testing/review-fake-api';
import { consensusProgress, reviewMatches } from './review-selectors';
import { createReview } from './review-store';

async function setup() {
  const fake = new ReviewFakeApi({ articles: RAFAH, annotator: 'Ana' });
  const mine = fake.seed(OKAZ, 'More than 100 fighters', 'Ana');
  const theirs = fake.seed(OKAZ, 'More than 100 fighters remain trapped', 'Bo');
  const onlyBo = fake.seed(OKAZ, 'Talks stalled', 'Bo', 'framing');
  fake.seed(PARA, 'approximately 200 fighters', 'Ana');
  fake.seed(PARA, 'approximately 200 fighters', 'Bo');
  const api = asApi(fake);
  const ws = createWorkspace(api, memoryStorage({ [ANNOTATOR_KEY]: 'Ana' }));
  await ws.actions.load();
  const review = createReview(ws, api);
  return { fake, ws, review, mine, theirs, onlyBo };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const progress = (review: ReturnType<typeof createReview>) => {
  const s = review.store.get();
  return consensusProgress(reviewMatches(s), s.annotators, s.decided);
};

describe('opening the review', () => {
  it('chooses me first and every teammate, and lists the matches of the whole study', async () => {
    const { review } = await setup();
    await review.actions.openReview('study');
    const s = review.store.get();
    expect(s.open).toBe(true);
    expect(s.annotators).toEqual(['Ana', 'Bo']);
    expect(reviewMatches(s).map((m) => m.kind).sort()).toEqual(['only-one', 'overlapping', 'same-span']);
    expect(Object.keys(s.texts).sort()).toEqual([OKAZ, PARA].sort());
  });

  it('leaves a curation out of the annotators to choose from', async () => {
    const { review, fake, mine, theirs } = await setup();
    await fake.curate({ curation: 'Consensus', decision: 'accept-a', annotationIds: [mine.id, theirs.id] });
    await review.actions.openReview('study');
    expect(review.store.get().annotators).toEqual(['Ana', 'Bo']);
    // The decision on disk counts as resolved.
    expect(progress(review)).toEqual({ resolved: 1, total: 2 });
  });

  it('reviews only the focused article when asked for this article', async () => {
    const { review, ws } = await setup();
    await ws.actions.openArticle(0, PARA);
    await review.actions.openReview('article');
    const matches = reviewMatches(review.store.get());
    expect(matches).toHaveLength(1);
    expect(matches[0]!.kind).toBe('same-span');
  });
});

describe('moving through disagreements', () => {
  it('J steps to the next disagreement and makes its first span active in the text', async () => {
    const { review, ws } = await setup();
    await review.actions.openReview('study');
    expect(review.intercept('next-annotation')).toBe(true);
    await settle();
    const s = review.store.get();
    expect(s.cursor).toBe(0);
    const first = reviewMatches(s).filter((m) => m.kind !== 'same-span')[0]!;
    expect(ws.store.get().activeId).toBe(first.spans[0]!.id);
    expect(ws.store.get().panes[0]!.articleId).toBe(first.articleId);
  });

  it('hands J back to the workspace while the review is closed', async () => {
    const { review } = await setup();
    expect(review.intercept('next-annotation')).toBe(false);
    expect(review.intercept('accept-a')).toBe(true); // a review key: says to open the review first
  });
});

describe('consensus', () => {
  it('accepts side A through curate, counts it resolved, and undo takes it back', async () => {
    const { review, ws, fake, mine, theirs } = await setup();
    await review.actions.openReview('study');
    review.actions.setTab('consensus');
    const overlapping = reviewMatches(review.store.get()).findIndex((m) => m.kind === 'overlapping');
    await review.actions.showMatch(overlapping);
    await review.actions.decide('a');
    const curated = fake.calls.filter((c) => c.method === 'curate').at(-1)!.input;
    expect(curated).toEqual({ curation: 'Consensus', decision: 'accept-a', annotationIds: [mine.id, theirs.id] });
    expect(progress(review)).toEqual({ resolved: 1, total: 2 });
    const copy = review.store.get().annotations.find((a) => a.annotator === 'Consensus');
    expect(copy?.adoptedFrom).toEqual({ annotator: 'Ana', annotationId: mine.id });
    // The copy reaches the workspace's loaded article too.
    expect(ws.store.get().annotations[OKAZ]?.some((a) => a.id === copy!.id)).toBe(true);

    await ws.actions.undo();
    expect(progress(review)).toEqual({ resolved: 0, total: 2 });
    expect(review.store.get().annotations.some((a) => a.annotator === 'Consensus')).toBe(false);
    await ws.actions.redo();
    expect(progress(review)).toEqual({ resolved: 1, total: 2 });
  });

  it('accepting the side that tagged nothing is a rejection; accepting the side that did copies it', async () => {
    const { review, fake, onlyBo } = await setup();
    await review.actions.openReview('study');
    review.actions.setTab('consensus');
    const only = reviewMatches(review.store.get()).findIndex((m) => m.kind === 'only-one');
    await review.actions.showMatch(only);
    await review.actions.decide('a');
    expect(fake.calls.filter((c) => c.method === 'curate').at(-1)!.input).toMatchObject({ decision: 'reject', annotationIds: [onlyBo.id] });
    await review.actions.showMatch(only);
    await review.actions.decide('b');
    expect(fake.calls.filter((c) => c.method === 'curate').at(-1)!.input).toMatchObject({ decision: 'accept-a', annotationIds: [onlyBo.id] });
    expect(review.store.get().annotations.filter((a) => a.annotator === 'Consensus')).toHaveLength(1);
  });

  it('takes B as "accept B" only while the consensus tab is open', async () => {
    const { review } = await setup();
    await review.actions.openReview('study');
    expect(review.intercept('toggle-boilerplate')).toBe(false);
    review.actions.setTab('consensus');
    expect(review.intercept('toggle-boilerplate')).toBe(true);
  });
});

describe('live refresh', () => {
  it('shows a teammate’s new annotation on a loaded article without a reload', async () => {
    const { review, ws, fake } = await setup();
    await review.poll(); // learns the current version
    const added = fake.seed(OKAZ, 'trapped in Rafah', 'Bo', 'attribution');
    fake.teammateChanged('Bo');
    await review.poll();
    await settle();
    expect(ws.store.get().annotations[OKAZ]?.some((a) => a.id === added.id)).toBe(true);
  });

  it('says once which teammate file it skipped because it does not read', async () => {
    const { review, ws, fake } = await setup();
    fake.troubles = [{ file: 'tagsets/bo.json', message: 'annotations[0].start must be <= end' }];
    await review.poll();
    expect(ws.store.get().notice?.message).toBe('Skipped until fixed: tagsets/bo.json: annotations[0].start must be <= end');
    ws.actions.dismissNotice();
    await review.poll();
    expect(ws.store.get().notice).toBeNull();
  });

  it('does not reload when nothing changed', async () => {
    const { review, fake } = await setup();
    await review.poll();
    const before = fake.calls.length;
    await review.poll();
    expect(fake.calls.length).toBe(before + 1); // only studyChanges
  });
});

describe('ownership and adopting', () => {
  it('adopts a teammate’s annotation as my copy, and undo removes the copy', async () => {
    const { ws, theirs } = await setup();
    await ws.actions.adopt(theirs.id);
    const copy = ws.store.get().annotations[OKAZ]!.find((a) => a.adoptedFrom?.annotationId === theirs.id);
    expect(copy?.annotator).toBe('Ana');
    await ws.actions.undo();
    expect(ws.store.get().annotations[OKAZ]!.some((a) => a.id === copy!.id)).toBe(false);
  });

  it('hides and shows a teammate’s highlights', async () => {
    const { ws } = await setup();
    ws.actions.toggleAnnotator('Bo');
    expect(ws.store.get().hiddenAnnotators).toEqual(['Bo']);
    ws.actions.toggleAnnotator('Bo');
    expect(ws.store.get().hiddenAnnotators).toEqual([]);
  });
});

describe('bringing in teammates', () => {
  it('points a tag set file dropped on the article import to the teammates dialog', async () => {
    const { ws, fake } = await setup();
    await ws.actions.importFiles([{ name: 'alice.json', read: async () => '{}' }]);
    expect(ws.store.get().imports?.results[0]).toMatchObject({ ok: false, message: expect.stringMatching(/Bring in teammates’ work/) });
    expect(fake.methods()).not.toContain('importArticle');
  });

  it('shows the result per file', async () => {
    const { review, fake } = await setup();
    review.actions.openTeammates();
    review.actions.setPaths('/shared/bo.json\n\n');
    await review.actions.importTeammates();
    expect(fake.imported).toEqual([['/shared/bo.json']]);
    expect(review.store.get().teammates?.results?.[0]).toMatchObject({ annotator: 'Bo', status: 'added' });
  });

  it('says nothing was brought in when the service refuses, and asks for a path when none is given', async () => {
    const { review } = await setup();
    review.actions.openTeammates();
    await review.actions.importTeammates();
    expect(review.store.get().teammates?.error).toMatch(/path of a tag set file/);
    review.actions.setPaths('/shared/notes.txt');
    await review.actions.importTeammates();
    expect(review.store.get().teammates?.error).toMatch(/^Nothing was brought in: .*not a tag set file/);
  });
});
