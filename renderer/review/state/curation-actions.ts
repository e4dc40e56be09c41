import type { CurationDecision } from '../../../shared/model';
import { tagSetChange, type TagSetChange } from '../../app';
import { applyToAnnotations, type ReviewContext } from './review-context';
import { curationRequest, matchKey, reviewMatches, stepIndexes, type Choice } from './review-selectors';
import type { Decided } from './review-state';

const DECISION_WORDS: Record<CurationDecision, string> = {
  'accept-a': 'accepting a side',
  'accept-b': 'accepting a side',
  both: 'taking both',
  edited: 'the edited span',
  reject: 'rejecting',
};

/**
 * The consensus, disagreement by disagreement: each key sends one decision
 * to the service's curation tag set, the workspace's copies follow, and the
 * step goes on the workspace's one undo history.
 */
export function createCurationActions(ctx: ReviewContext, showMatch: (index: number) => Promise<void>) {
  const { ws, api, store } = ctx;

  /** Sends a decision and returns the change it made to the consensus (the earlier decision's results go). */
  async function send(key: string, decision: CurationDecision, annotationIds: string[], undecide = false): Promise<TagSetChange> {
    const { curation } = store.get();
    const before = store.get().decided[key];
    const result = await api.curate({ curation, decision, annotationIds });
    const change = tagSetChange({ remove: before?.results ?? [], upsert: result.annotations });
    store.set((s) => {
      const decided: Record<string, Decided> = { ...s.decided };
      if (undecide) delete decided[key];
      else decided[key] = { decision, results: result.annotations.map((a) => a.id) };
      return { decided, annotations: applyToAnnotations(s.annotations, change) };
    });
    ws.apply(change);
    return change;
  }

  /** A, B, both or X on the current disagreement (the first one when none is current); then on to the next undecided one. */
  async function decide(choice: Choice): Promise<void> {
    const s = store.get();
    if (s.annotators.length < 2) {
      ctx.inform('Choose at least two annotators: sides A and B are the first two');
      return;
    }
    const matches = reviewMatches(s);
    const list = stepIndexes(matches, s.annotators, true);
    const index = list[Math.max(0, s.cursor)];
    const match = index === undefined ? undefined : matches[index];
    if (!match) {
      ctx.inform('No disagreements to resolve here');
      return;
    }
    const request = curationRequest(match, s.annotators, choice);
    if ('refused' in request) {
      ctx.inform(request.refused);
      return;
    }
    const key = matchKey(match, s.annotators);
    const previous = s.decided[key];
    const done = await ws.serial(() => send(key, request.decision, request.annotationIds));
    if (!done) return;
    const description = `${DECISION_WORDS[request.decision]} in the consensus`;
    ws.record({
      kind: 'feature',
      description,
      // Undo puts back the earlier decision; with none, the service keeps a rejection and the review counts it undecided again.
      undo: () =>
        previous && previous.decision !== 'resolved'
          ? send(key, previous.decision, request.annotationIds)
          : send(key, 'reject', request.annotationIds, true),
      redo: () => send(key, request.decision, request.annotationIds),
    });
    const after = store.get();
    const next = list.findIndex((i, n) => n > Math.max(0, s.cursor) && !after.decided[matchKey(matches[i]!, after.annotators)]);
    const target = next >= 0 ? list[next]! : index!;
    await showMatch(target);
  }

  /** Names the consensus tag set (a new name starts a new consensus). */
  function setCuration(curation: string): void {
    store.set({ curation: curation.trim() || store.get().curation, decided: {} });
  }

  return { decide, setCuration };
}
