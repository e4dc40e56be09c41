import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { AlignedPairView, ConflictSummary, SuggestionView } from '../../shared/api';
import { compareMembers, splitSentences, termVariants, type Comparison, type Conflict, type TermTable } from '../../shared/compare';
import { UNKNOWN_OUTLET, outletNameIn, type Annotation, type Link, type Study } from '../../shared/model';
import { alignStudy, buildIndex, parseWordVectors, suggest, type SuggestIndex, type WordVectors } from '../../shared/suggest';
import type { LoadedArticle } from './articles';

/**
 * Comparison work over the loaded study: pure functions from shared/compare
 * and shared/suggest fed with the articles and one tag set. Differences are
 * computed here on every call, never stored.
 */

/** Word vectors read so far, by file: a service reopening studies reads its 5 MB file once. */
const wordVectorsByFile = new Map<string, WordVectors | null>();

/**
 * The word vectors for suggestions (shared/suggest/vectors/words.wv, 5 MB,
 * read once per file). Without a file, or with one that cannot be read,
 * suggestions rank on shared words alone; a warning says why.
 */
export function studyWordVectors(file: string | undefined): WordVectors | null {
  if (file === undefined) return null;
  const known = wordVectorsByFile.get(file);
  if (known !== undefined) return known;
  let vectors: WordVectors | null = null;
  try {
    const parsed = parseWordVectors(new Uint8Array(readFileSync(file)));
    if (!parsed.ok) throw new Error(parsed.error);
    vectors = parsed.vectors;
  } catch (error) {
    console.warn(`Suggestions use shared words only: the word vectors could not be read (${error instanceof Error ? error.message : String(error)}).`);
  }
  wordVectorsByFile.set(file, vectors);
  return vectors;
}

/** The suggestion index over every article's sentences outside boilerplate and headings. */
export function buildStudyIndex(articles: Iterable<LoadedArticle>, wordVectorsFile?: string): SuggestIndex {
  return buildIndex(
    [...articles].map(({ article, blocks }) => ({
      id: article.id,
      outletId: article.outletId,
      text: article.text,
      blocks: blocks.map((b) => ({ start: b.start, end: b.end, boilerplate: b.boilerplate, type: b.type })),
    })),
    { vectors: studyWordVectors(wordVectorsFile) },
  );
}

/** The sentence (or sentences) a span sits in. */
export function sentenceContext(text: string, start: number, end: number): string {
  const sentences = splitSentences(text).filter((s) => s.start < end && start < s.end);
  if (sentences.length === 0) return text.slice(start, end);
  return text.slice(sentences[0]!.start, sentences[sentences.length - 1]!.end);
}

export interface CompareContext {
  article(id: string): LoadedArticle | undefined;
  outletName(outletId: string): string;
}

/** The context comparisons read articles and outlet names through. */
export function compareContextFor(project: Study, loaded: ReadonlyMap<string, LoadedArticle>): CompareContext {
  return {
    article: (id) => loaded.get(id),
    outletName: (id) => outletNameIn(project.outlets, id),
  };
}

/** Compares the members of a link, with each member's attribution annotations as cited-source evidence. */
export function compareLink(link: Link, annotations: readonly Annotation[], ctx: CompareContext): Comparison {
  const byId = new Map(annotations.map((a) => [a.id, a]));
  const members = link.members.map((id) => byId.get(id)).filter((a): a is Annotation => a !== undefined);
  return compareMembers(
    members.map((m) => {
      const { article } = ctx.article(m.articleId)!;
      const attributions = annotations
        .filter((a) => a.articleId === m.articleId && a.category === 'attribution' && a.id !== m.id)
        .map((a) => ({ start: a.position.start, end: a.position.end, ...(a.label ? { label: a.label } : {}) }));
      return {
        id: m.id,
        articleId: m.articleId,
        outletName: ctx.outletName(article.outletId),
        text: article.text.slice(m.position.start, m.position.end),
        sentence: sentenceContext(article.text, m.position.start, m.position.end),
        articleText: article.text,
        start: m.position.start,
        end: m.position.end,
        attributions,
        ...(article.publishedAt ? { publishedAt: article.publishedAt } : {}),
      };
    }),
    { linkKind: link.kind },
  );
}

/**
 * How serious one conflict is: figures say so themselves; outlets citing
 * different sources differ without contradicting each other; dates and
 * actors that conflict cannot all be right.
 */
export function severityOf(conflict: Conflict): 'incompatible' | 'different' {
  return conflict.severity ?? (conflict.kind === 'attribution' ? 'different' : 'incompatible');
}

/** A comparison's conflicts in brief: count, kinds (first-seen order) and the worst severity. */
export function conflictSummary(comparison: Comparison, version: string): ConflictSummary {
  const { conflicts } = comparison;
  const kinds = [...new Set(conflicts.map((c) => c.kind))];
  const severity = conflicts.length === 0 ? null : conflicts.every((c) => severityOf(c) === 'different') ? 'different' : 'incompatible';
  return { count: conflicts.length, kinds, severity, version };
}

/**
 * What a link's comparison depends on besides the texts (articles never change
 * after import): the link, its members, and the attributions in the members'
 * articles (cited-source evidence), each at its updatedAt.
 */
function summaryKey(link: Link, annotations: readonly Annotation[]): string {
  const members = new Set(link.members);
  const articles = new Set(annotations.filter((a) => members.has(a.id)).map((a) => a.articleId));
  const parts = annotations
    .filter((a) => members.has(a.id) || (a.category === 'attribution' && articles.has(a.articleId)))
    .map((a) => `${a.id}@${a.updatedAt}`)
    .sort();
  return `${link.updatedAt}|${link.kind}|${link.members.join(',')}|${parts.join(',')}`;
}

/** Summaries by link id, per study (the owner object), so each link is compared again only when it or its evidence changes. */
type SummaryCache = Map<string, { annotator: string; key: string; summary: ConflictSummary }>;
const summaryCaches = new WeakMap<object, SummaryCache>();

/**
 * The conflict summary of every link in the given tag sets, by link id. A
 * link whose members' articles are not loaded is left out (it cannot be
 * compared); the list then shows no badge for it rather than a wrong one.
 */
export function linkConflictSummaries(
  tagSets: readonly { annotator: string; links: readonly Link[]; annotations: readonly Annotation[] }[],
  ctx: CompareContext,
  owner: object,
): Record<string, ConflictSummary> {
  const cache: SummaryCache = summaryCaches.get(owner) ?? new Map();
  summaryCaches.set(owner, cache);
  const out: Record<string, ConflictSummary> = {};
  const seen = new Set<string>();
  for (const { annotator, links, annotations } of tagSets) {
    const byId = new Map(annotations.map((a) => [a.id, a]));
    for (const link of links) {
      seen.add(link.id);
      const key = summaryKey(link, annotations);
      const held = cache.get(link.id);
      if (held && held.key === key) {
        out[link.id] = held.summary;
        continue;
      }
      const comparable = link.members.every((id) => {
        const a = byId.get(id);
        return a === undefined || ctx.article(a.articleId) !== undefined;
      });
      if (!comparable) continue;
      const summary = conflictSummary(compareLink(link, annotations, ctx), link.updatedAt);
      cache.set(link.id, { annotator, key, summary });
      out[link.id] = summary;
    }
  }
  // Links deleted since from the tag sets read: drop them so the cache does not grow with every undo.
  const read = new Set(tagSets.map((t) => t.annotator));
  for (const [id, held] of cache) if (read.has(held.annotator) && !seen.has(id)) cache.delete(id);
  return out;
}

/** Suggestions for a span, named by outlet, best first across outlets (an outlet's weak best passage is marked noCloseMatch). */
export function suggestFor(index: SuggestIndex, span: { articleId: string; start: number; end: number }, top: number, ctx: CompareContext): SuggestionView[] {
  return suggest(index, span, top).map((s) => ({ ...s, outletName: outletOf(s.articleId, ctx) }));
}

/** Study-wide sentence alignment, best pairs first. */
export function alignFor(index: SuggestIndex, options: { minScore?: number; limit?: number }, ctx: CompareContext): AlignedPairView[] {
  const pairs = alignStudy(index, options.minScore !== undefined ? { minScore: options.minScore } : {});
  pairs.sort((x, y) => y.score - x.score);
  return pairs.slice(0, options.limit ?? pairs.length).map((p) => ({
    score: p.score,
    a: { ...p.a, outletName: outletOf(p.a.articleId, ctx) },
    b: { ...p.b, outletName: outletOf(p.b.articleId, ctx) },
  }));
}

/** The referent × article table for a same-referent link: each member's wording counted everywhere. */
export function termsFor(link: Link, annotations: readonly Annotation[], articles: Iterable<LoadedArticle>, ctx: CompareContext): TermTable {
  const byId = new Map(annotations.map((a) => [a.id, a]));
  const variants = link.members.map((id) => byId.get(id)?.quote.exact).filter((t): t is string => !!t);
  return termVariants(
    variants,
    [...articles].map(({ article, blocks }) => ({ id: article.id, outletName: ctx.outletName(article.outletId), text: article.text, blocks })),
  );
}

/** Every occurrence of a term in the study outside boilerplate, as article spans. */
export function termOccurrences(term: string, articles: Iterable<LoadedArticle>, ctx: CompareContext): { articleId: string; start: number; end: number }[] {
  const table = termVariants([term], [...articles].map(({ article, blocks }) => ({ id: article.id, outletName: ctx.outletName(article.outletId), text: article.text, blocks })));
  return table.occurrences.map((o) => ({ articleId: o.articleId, start: o.start, end: o.end }));
}

function outletOf(articleId: string, ctx: CompareContext): string {
  const loaded = ctx.article(articleId);
  return loaded ? ctx.outletName(loaded.article.outletId) : UNKNOWN_OUTLET;
}
