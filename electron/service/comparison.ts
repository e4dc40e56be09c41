import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { AlignedPairView, SuggestionView } from '../../shared/api';
import { compareMembers, splitSentences, termVariants, type Comparison, type TermTable } from '../../shared/compare';
import type { Annotation, Link, Study } from '../../shared/model';
import { alignStudy, buildIndex, parseWordVectors, suggest, type SuggestIndex, type WordVectors } from '../../shared/suggest';
import { projectRoot } from '../repo-paths';
import type { LoadedArticle } from './articles';

/**
 * Comparison work over the loaded study: pure functions from shared/compare
 * and shared/suggest fed with the articles and one tag set. Differences are
 * computed here on every call, never stored.
 */

let wordVectors: WordVectors | null | undefined;

/**
 * The word vectors for suggestions (shared/suggest/vectors/words.wv, 5 MB,
 * read once). Without the file, suggestions rank on shared words alone and a
 * warning says so.
 */
export function studyWordVectors(file = path.join(projectRoot(), 'shared', 'suggest', 'vectors', 'words.wv')): WordVectors | null {
  if (wordVectors !== undefined) return wordVectors;
  try {
    const parsed = parseWordVectors(new Uint8Array(readFileSync(file)));
    if (!parsed.ok) throw new Error(parsed.error);
    wordVectors = parsed.vectors;
  } catch (error) {
    console.warn(`Suggestions use shared words only: the word vectors could not be read (${error instanceof Error ? error.message : String(error)}).`);
    wordVectors = null;
  }
  return wordVectors;
}

/** The suggestion index over every article's sentences outside boilerplate and headings. */
export function buildStudyIndex(articles: Iterable<LoadedArticle>): SuggestIndex {
  return buildIndex(
    [...articles].map(({ article, blocks }) => ({
      id: article.id,
      outletId: article.outletId,
      text: article.text,
      blocks: blocks.map((b) => ({ start: b.start, end: b.end, boilerplate: b.boilerplate, type: b.type })),
    })),
    { vectors: studyWordVectors() },
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
    outletName: (id) => project.outlets.find((o) => o.id === id)?.name ?? 'Unknown outlet',
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
  return loaded ? ctx.outletName(loaded.article.outletId) : 'Unknown outlet';
}
