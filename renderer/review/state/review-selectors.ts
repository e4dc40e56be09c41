import type { ArticleSummary, TagSetRow } from '../../../shared/api';
import { agreementReport, type AgreementReport, type Figure } from '../../../shared/agreement';
import type { Annotation, CurationDecision, Link } from '../../../shared/model';
import { matchSpans, spanOf, type ReviewSpan, type SpanMatch } from '../../../shared/review';
import type { Decided, ReviewState } from './review-state';

/**
 * Pure reads of the review state: which matches and disagreements the view
 * lists, what a curation key sends to the service, how far the consensus is.
 * No DOM, so the rules are tested without a browser.
 */

/** The chosen annotators' spans, of one article or of the study. */
export function reviewSpans(annotations: readonly Annotation[], annotators: readonly string[], articleId: string | null): ReviewSpan[] {
  const chosen = new Set(annotators);
  return annotations.filter((a) => chosen.has(a.annotator) && (articleId === null || a.articleId === articleId)).map(spanOf);
}

/** Whether the annotators disagree on a match: boundaries, who tagged it (someone chosen did not), category or label. */
export function isDisagreement(m: SpanMatch): boolean {
  return m.kind !== 'same-span' || m.missing.length > 0 || !m.categoryAgrees || !m.labelAgrees;
}

/** Whether sides A and B (the first two chosen) disagree on a match: the consensus decides only these. */
export function sidesDisagree(m: SpanMatch, annotators: readonly string[]): boolean {
  const { a, b } = sidesOf(m, annotators);
  if (!a && !b) return false;
  if (!a || !b) return true;
  return a.start !== b.start || a.end !== b.end || a.category !== b.category || a.label !== b.label;
}

/** The matches J/K (or N/P) step through: every disagreement, or in the consensus tab those between sides A and B. */
export function stepIndexes(matches: readonly SpanMatch[], annotators: readonly string[], consensus: boolean): number[] {
  if (!consensus) return disagreementIndexes(matches);
  const out: number[] = [];
  matches.forEach((m, i) => {
    if (sidesDisagree(m, annotators)) out.push(i);
  });
  return out;
}

/** Indexes (into the matches) of the disagreements, in list order. */
export function disagreementIndexes(matches: readonly SpanMatch[]): number[] {
  const out: number[] = [];
  matches.forEach((m, i) => {
    if (isDisagreement(m)) out.push(i);
  });
  return out;
}

export interface MatchGroups {
  same: number[];
  overlapping: number[];
  /** "Only <name>": matches one annotator tagged alone, by annotator in the chosen order. */
  only: { annotator: string; indexes: number[] }[];
}

/** Matches grouped as the view lists them. */
export function groupMatches(matches: readonly SpanMatch[], annotators: readonly string[]): MatchGroups {
  const groups: MatchGroups = { same: [], overlapping: [], only: annotators.map((annotator) => ({ annotator, indexes: [] })) };
  matches.forEach((m, i) => {
    if (m.kind === 'same-span') groups.same.push(i);
    else if (m.kind === 'overlapping') groups.overlapping.push(i);
    else groups.only.find((g) => g.annotator === m.spans[0]?.annotator)?.indexes.push(i);
  });
  return groups;
}

/** The key of a disagreement: its annotations' ids, sorted (the service matches decisions the same way). */
export function sourceKey(ids: readonly string[]): string {
  return [...ids].sort().join(' ');
}

/** Sides A and B of a match: the first two chosen annotators' spans (either may be missing). */
export function sidesOf(m: SpanMatch, annotators: readonly string[]): { a: ReviewSpan | undefined; b: ReviewSpan | undefined } {
  return { a: m.spans.find((s) => s.annotator === annotators[0]), b: m.spans.find((s) => s.annotator === annotators[1]) };
}

/** The disagreement's key for the consensus: the ids of sides A and B present. */
export function matchKey(m: SpanMatch, annotators: readonly string[]): string {
  const { a, b } = sidesOf(m, annotators);
  return sourceKey([a, b].flatMap((s) => (s ? [s.id] : [])));
}

export type Choice = 'a' | 'b' | 'both' | 'reject';

/** What one curation key sends to the service for a match, or a sentence saying why it cannot. */
export function curationRequest(m: SpanMatch, annotators: readonly string[], choice: Choice): { decision: CurationDecision; annotationIds: string[] } | { refused: string } {
  const { a, b } = sidesOf(m, annotators);
  const sources = [a, b].filter((s): s is ReviewSpan => s !== undefined);
  if (sources.length === 0) return { refused: `Neither ${annotators[0]} nor ${annotators[1] ?? 'a second annotator'} tagged this; choose them as the first two annotators` };
  const annotationIds = sources.map((s) => s.id);
  if (choice === 'reject') return { decision: 'reject', annotationIds };
  if (choice === 'both') return sources.length === 2 ? { decision: 'both', annotationIds } : { decision: 'accept-a', annotationIds };
  const side = choice === 'a' ? a : b;
  // Accepting a side that tagged nothing here means: no annotation in the consensus.
  if (!side) return { decision: 'reject', annotationIds };
  return { decision: sources.indexOf(side) === 0 ? 'accept-a' : 'accept-b', annotationIds };
}

/** Consensus decisions already on disk, read back from the consensus annotations' provenance. */
export function decidedFromConsensus(consensus: readonly Annotation[], matches: readonly SpanMatch[], annotators: readonly string[]): Record<string, Decided> {
  const bySource = new Map<string, string[]>();
  for (const c of consensus) {
    if (!c.adoptedFrom) continue;
    bySource.set(c.adoptedFrom.annotationId, [...(bySource.get(c.adoptedFrom.annotationId) ?? []), c.id]);
  }
  const out: Record<string, Decided> = {};
  for (const m of matches) {
    if (!sidesDisagree(m, annotators)) continue;
    const key = matchKey(m, annotators);
    const results = key.split(' ').flatMap((id) => bySource.get(id) ?? []);
    if (key && results.length > 0) out[key] = { decision: 'resolved', results };
  }
  return out;
}

/** "12 of 40 resolved": the disagreements between sides A and B, and how many have a decision. */
export function consensusProgress(matches: readonly SpanMatch[], annotators: readonly string[], decided: Readonly<Record<string, Decided>>): { resolved: number; total: number } {
  let resolved = 0;
  let total = 0;
  for (const m of matches) {
    if (!sidesDisagree(m, annotators)) continue;
    const key = matchKey(m, annotators);
    total++;
    if (decided[key]) resolved++;
  }
  return { resolved, total };
}

/** One stretch of a match's text and which annotators' spans cover it. */
export interface BoundaryPiece {
  start: number;
  end: number;
  text: string;
  /** Annotators whose span covers this stretch. */
  by: string[];
  /** Covered by every span of the match (the shared core). */
  shared: boolean;
}

/** A match's text cut at every span boundary, so each side's extra words can be marked. */
export function boundaryPieces(text: string, m: SpanMatch): BoundaryPiece[] {
  const cuts = [...new Set(m.spans.flatMap((s) => [s.start, s.end]))].sort((x, y) => x - y);
  const pieces: BoundaryPiece[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    const by = m.spans.filter((s) => s.start <= start && s.end >= end).map((s) => s.annotator);
    pieces.push({ start, end, text: text.slice(start, end), by, shared: by.length === m.spans.length });
  }
  return pieces;
}

/** Colours told apart without relying on hue alone (each legend entry also names the annotator). */
const ANNOTATOR_COLOURS = ['#2563eb', '#c2410c', '#15803d', '#9333ea', '#be123c', '#0e7490', '#a16207', '#4d7c0f'];

/** A stable colour for each annotator in the list order. */
export function annotatorColours(annotators: readonly string[]): Record<string, string> {
  return Object.fromEntries(annotators.map((a, i) => [a, ANNOTATOR_COLOURS[i % ANNOTATOR_COLOURS.length]!]));
}

/** Annotators whose work can be reviewed: people's tag sets, mine first; curations are left out. */
export function reviewableAnnotators(tagSets: readonly TagSetRow[], me: string | null): string[] {
  const people = tagSets.filter((t) => t.kind !== 'curation').map((t) => t.annotator);
  const others = people.filter((a) => a !== me).sort((a, b) => a.localeCompare(b));
  return me && people.includes(me) ? [me, ...others] : others;
}

/** The default choice: me and every teammate (or the first two people when I have no tag set yet). */
export function defaultAnnotators(tagSets: readonly TagSetRow[], me: string | null): string[] {
  return reviewableAnnotators(tagSets, me);
}

/** The agreement report of the chosen annotators, or the reason it cannot be computed. */
export function reviewAgreement(state: Pick<ReviewState, 'annotations' | 'annotators' | 'articleId'>, links: readonly Link[], articles: readonly ArticleSummary[]): Figure<AgreementReport> {
  const articleLengths = Object.fromEntries(articles.map((a) => [a.id, a.chars]));
  const input = { spans: reviewSpans(state.annotations, state.annotators, state.articleId), links, annotators: state.annotators, articleLengths };
  return agreementReport(state.articleId ? { ...input, articleId: state.articleId } : input);
}

/** The matches of the chosen annotators in the review's scope. */
export function reviewMatches(state: Pick<ReviewState, 'annotations' | 'annotators' | 'articleId'>): SpanMatch[] {
  return matchSpans(reviewSpans(state.annotations, state.annotators, state.articleId), state.annotators);
}
