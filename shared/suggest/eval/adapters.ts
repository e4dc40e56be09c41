import { compareMembers } from '../../compare/compare-members';
import type { Conflict } from '../../compare/types';
import { buildIndex, type IndexArticle } from '../build';
import { suggest } from '../suggest';
import type { WordVectors } from '../vectors';
import type { EvalSet, SentenceRef } from './format';
import type { EvalConflictCheck, EvalSuggest } from './score-set';

/**
 * Puts the current shared/suggest and shared/compare behind the scorer's
 * signatures without changing them. Each labelled sentence becomes its own
 * paragraph (block) of its article's text, so a suggestion's offsets map back
 * to the labelled sentences it overlaps.
 */

export interface EvalText {
  article: IndexArticle;
  outlet: string;
  publishedAt: string | undefined;
  /** Offsets of each labelled sentence in `article.text`. */
  spans: { start: number; end: number }[];
}

const SEPARATOR = '\n\n';

export function evalTexts(set: EvalSet): Map<string, EvalText> {
  const texts = new Map<string, EvalText>();
  for (const a of set.articles) {
    const spans: { start: number; end: number }[] = [];
    let at = 0;
    for (const s of a.sentences) {
      spans.push({ start: at, end: at + s.length });
      at += s.length + SEPARATOR.length;
    }
    const text = a.sentences.join(SEPARATOR);
    texts.set(a.id, { article: { id: a.id, outletId: a.outlet, text, blocks: spans }, outlet: a.outlet, publishedAt: a.publishedAt ?? undefined, spans });
  }
  return texts;
}

function sentenceOf(texts: Map<string, EvalText>, ref: SentenceRef): { text: EvalText; span: { start: number; end: number } } {
  const text = texts.get(ref.article);
  const span = text?.spans[ref.sentence];
  if (!text || !span) throw new Error(`Evaluation set: no sentence ${ref.sentence} in article "${ref.article}"; validate the set first.`);
  return { text, span };
}

export interface SuggesterOptions {
  /** Candidates per other article (3). */
  top?: number;
  /** Word vectors for meaning; without them the suggester ranks on BM25 alone. */
  vectors?: WordVectors | null;
  /** The "no close match" cut (the suggester's default when left out; 0: never says so). */
  threshold?: number;
}

/**
 * The current suggester over the set's articles: the query is the whole
 * labelled sentence, `top` candidates per other article. Articles whose best
 * passage is under the threshold are its "no close match" verdicts (their
 * reference passage is not a candidate).
 */
export function currentSuggester(set: EvalSet, options: SuggesterOptions = {}): EvalSuggest {
  const texts = evalTexts(set);
  const index = buildIndex([...texts.values()].map((t) => t.article), { vectors: options.vectors ?? null });
  return (query) => {
    const { span } = sentenceOf(texts, query);
    const found = suggest(index, { articleId: query.article, start: span.start, end: span.end }, {
      top: options.top ?? 3,
      ...(options.threshold !== undefined ? { threshold: options.threshold } : {}),
    });
    const candidates = found.filter((s) => !s.noCloseMatch).map((s) => {
      const spans = texts.get(s.articleId)?.spans ?? [];
      const sentences = spans.flatMap((r, i) => (r.start < s.end && s.start < r.end ? [i] : []));
      return { articleId: s.articleId, sentences, score: s.score };
    });
    // An article with no entry at all has nothing in common with the sentence: no close match there either.
    const offered = new Set(candidates.map((c) => c.articleId));
    const noCloseMatch = [...texts.keys()].filter((id) => id !== query.article && !offered.has(id));
    return { candidates, noCloseMatch };
  };
}

/** Conflict kinds that speak about the readings of a fact (numbers, dates); attribution and actor differences are not what the labels judge. */
export const READING_CONFLICTS: readonly Conflict['kind'][] = ['quantity', 'time'];

/** The current compareMembers over whole labelled sentences: flagged when it reports a conflict of one of `kinds`. */
export function currentConflictCheck(set: EvalSet, kinds: readonly Conflict['kind'][] = READING_CONFLICTS): EvalConflictCheck {
  const texts = evalTexts(set);
  return (members) => {
    const input = members.map((ref) => {
      const { text, span } = sentenceOf(texts, ref);
      const sentence = text.article.text.slice(span.start, span.end);
      return {
        id: `${ref.article}:${ref.sentence}`,
        articleId: ref.article,
        outletName: text.outlet,
        text: sentence,
        sentence,
        articleText: text.article.text,
        start: span.start,
        end: span.end,
        attributions: [],
        publishedAt: text.publishedAt,
      };
    });
    // "Flagged" means a claim that the members cannot all be right: a date conflict, or a figure conflict
    // whose severity is not merely 'different' (compatible figures worded at another precision).
    const conflicts = compareMembers(input).conflicts.filter((c) => kinds.includes(c.kind) && c.severity !== 'different');
    return { flagged: conflicts.length > 0, messages: conflicts.map((c) => c.message) };
  };
}
