import type { Link } from '../model';
import { type ReviewSpan, type SpanMatch, byArticle, matchSpans } from '../review';
import { cohensKappaOfTable } from './cohen';
import { type Figure, REASONS, figure, meanOf, notComputable } from './figure';
import { fleissKappa } from './fleiss';
import { krippendorffAlphaOfCounts } from './krippendorff';
import { linkedPairsByAnnotator } from './links';
import { type Continuum, type UnitizedAlpha, unitizedStudy } from './unitized';

/** What a report is computed from. */
export interface AgreementInput {
  /** Everyone's spans (see `spanOf`); spans of annotators not listed are ignored. */
  spans: readonly ReviewSpan[];
  links: readonly Link[];
  /** Two or more annotators, the first one being "me" (boundary deltas are measured from them). */
  annotators: readonly string[];
  /** Length of each article's canonical text, the continuum of αu. An article with spans but no length here runs to its last span's end. */
  articleLengths: Readonly<Record<string, number>>;
  /** Only this article. */
  articleId?: string;
}

/** The figures of one scope (the whole study, a category, a label or an article). */
export interface ScopeFigures {
  /** Matched units in the scope (see `agreementReport`). */
  units: number;
  spans: number;
  fleissKappa: Figure;
  krippendorffAlpha: Figure;
  unitizedAlpha: Figure;
  /** Mean over the pairs of annotators where it is computable (see `agreementReport` for how spans pair up). */
  spanF1Exact: Figure;
  spanF1Overlap: Figure;
}

/** One cell of the pairwise matrix. */
export interface PairFigures {
  a: string;
  b: string;
  cohensKappa: Figure;
  unitizedAlpha: Figure;
  spanF1Exact: Figure;
  spanF1Overlap: Figure;
  linkF1: Figure;
}

export interface AgreementReport {
  annotators: string[];
  articles: number;
  overall: ScopeFigures & { cohensKappa: Figure; linkF1: Figure };
  byCategory: (ScopeFigures & { category: string })[];
  byLabel: (ScopeFigures & { category: string; label: string })[];
  byArticle: (ScopeFigures & { articleId: string })[];
  pairs: PairFigures[];
}

const labelKey = (category: string, label: string) => `${category}: ${label}`;

/** A scope's units as counts of annotators per value (for κ and α), and its spans. */
interface Tally {
  units: ArrayLike<number>[];
  spans: number;
}
function tallyOf<K>(map: Map<K, Tally>, key: K): Tally {
  let t = map.get(key);
  if (!t) map.set(key, (t = { units: [], spans: 0 }));
  return t;
}

function value(f: Figure<{ alpha: number } | { kappa: number }>): Figure {
  if (!f.ok) return f;
  return figure('alpha' in f.value ? f.value.alpha : f.value.kappa);
}

const NO_SPANS = 'Neither annotator tagged a span here';
function f1(matched: number, spans: number): Figure {
  return spans === 0 ? notComputable(NO_SPANS) : figure((2 * matched) / spans);
}

function continua(spans: readonly ReviewSpan[], lengths: Map<string, number>, category: (s: ReviewSpan) => string | undefined): Continuum[] {
  const groups = byArticle(spans);
  return [...lengths.entries()].map(([id, length]) => ({
    length,
    units: (groups.get(id) ?? []).flatMap((s) => {
      const c = category(s);
      return c === undefined ? [] : [{ annotator: s.annotator, start: s.start, end: s.end, category: c }];
    }),
  }));
}

function categoryAlphaOf(u: Figure<UnitizedAlpha>, key: string): Figure {
  if (!u.ok) return u;
  return value(u.value.byCategory[key] ?? notComputable(REASONS.noUnits));
}

/** Per pair of annotators and per scope: spans paired by the matches (one to one), exact or overlapping. */
class PairedSpans {
  readonly total: Float64Array;
  readonly byArticle: Float64Array;
  readonly byKey: Float64Array;
  constructor(pairs: number, private readonly articles: number, private readonly keys: number) {
    this.total = new Float64Array(pairs);
    this.byArticle = new Float64Array(pairs * articles);
    this.byKey = new Float64Array(pairs * keys);
  }
  add(p: number, article: number, key: number, labelKey: number) {
    this.total[p]! += 1;
    this.byArticle[p * this.articles + article]! += 1;
    this.byKey[p * this.keys + key]! += 1;
    if (labelKey >= 0) this.byKey[p * this.keys + labelKey]! += 1;
  }
}

/**
 * The study-level agreement report for two or more annotators.
 *
 * Units for κ and α: spans are grouped into matches (`matchSpans`: at most
 * one span per annotator, all overlapping, best pairs first). Each match is
 * one unit; an annotator's value is the category of their span in it, or
 * "none" when they have no span there, so a span only one annotator tagged
 * counts as a disagreement with everyone else. Every listed annotator is
 * taken to have read every article given. Per category (and per label) the
 * units are the matches where someone used that category (label), valued
 * "yes" or "no". Cohen's κ for a pair uses the matches where at least one of
 * the two has a span.
 *
 * Span F1 for a pair counts two spans as paired when they are in the same
 * match (overlap: same category; exact: also same offsets); F1 = 2·paired /
 * (spans of both). `spanF1` pairs two annotators' spans directly; the two
 * differ only where a third annotator's spans change the grouping. Per scope
 * F1 is the mean over the pairs where it is computable. αu works on the
 * character offsets themselves (see `unitizedStudy`). Link F1: `linkAgreement`.
 */
export function agreementReport(input: AgreementInput): Figure<AgreementReport> {
  const annotators = [...new Set(input.annotators)];
  if (annotators.length < 2) return notComputable(REASONS.oneAnnotator);
  const chosen = new Set(annotators);
  const spans = input.spans.filter((s) => chosen.has(s.annotator) && (input.articleId === undefined || s.articleId === input.articleId));
  if (spans.length === 0) return notComputable(input.articleId !== undefined ? REASONS.nobodyTagged : REASONS.noUnits);
  const lengthOf = new Map<string, number>();
  const articleIds = input.articleId !== undefined ? [input.articleId] : Object.keys(input.articleLengths);
  for (const id of articleIds) lengthOf.set(id, input.articleLengths[id] ?? 0);
  for (const s of spans) lengthOf.set(s.articleId, Math.max(lengthOf.get(s.articleId) ?? 0, s.end));
  const lengths = new Map([...lengthOf.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const articleIndex = new Map([...lengths.keys()].map((id, i) => [id, i]));

  const R = annotators.length;
  const index = new Map(annotators.map((a, i) => [a, i]));
  const categories = [...new Set(spans.map((s) => s.category))].sort();
  const labels = [...new Set(spans.filter((s) => s.label !== undefined).map((s) => labelKey(s.category, s.label!)))].sort();
  const keyIndex = new Map([...categories, ...labels].map((k, i) => [k, i]));
  const K = keyIndex.size;
  const A = lengths.size;
  const k = categories.length + 1;
  const categoryCode = new Map(categories.map((c, i) => [c, i + 1]));
  const pairs: [number, number][] = [];
  const pairIndex = new Int32Array(R * R);
  for (let i = 0; i < R; i++) for (let j = i + 1; j < R; j++) pairIndex[i * R + j] = pairs.push([i, j]) - 1;

  // Each span's annotator, category key and label key (-1: no label), looked up once.
  const info = new Map<ReviewSpan, { r: number; key: number; label: number }>();
  for (const s of spans) {
    info.set(s, {
      r: index.get(s.annotator)!,
      key: keyIndex.get(s.category)!,
      label: s.label === undefined ? -1 : keyIndex.get(labelKey(s.category, s.label))!,
    });
  }
  // Spans per annotator and scope, for the F1 denominators.
  const spansTotal = new Float64Array(R);
  const spansByArticle = new Float64Array(R * A);
  const spansByKey = new Float64Array(R * K);
  for (const s of spans) {
    const r = index.get(s.annotator)!;
    spansTotal[r]! += 1;
    spansByArticle[r * A + articleIndex.get(s.articleId)!]! += 1;
    spansByKey[r * K + keyIndex.get(s.category)!]! += 1;
    if (s.label !== undefined) spansByKey[r * K + keyIndex.get(labelKey(s.category, s.label))!]! += 1;
  }

  const matches = matchSpans(spans, annotators);
  // Cohen's tables: units where both of a pair have a span are counted per
  // match; a unit where only one has a span is derived from that annotator's
  // totals (tagged) below, so the work follows the spans, not the pairs.
  const cohenTables = new Float64Array(pairs.length * k * k);
  const tagged = new Float64Array(R * k);
  const exact = new PairedSpans(pairs.length, A, K);
  const overlap = new PairedSpans(pairs.length, A, K);
  const overall: Tally = { units: [], spans: 0 };
  const articles = new Map<string, Tally>();
  const byKey = new Map<number, Tally>();
  const codes = new Int32Array(R);
  for (const m of matches) {
    // Value 0 is "none": no span of this annotator in the match.
    const counts = new Int32Array(k);
    counts[0] = R - m.spans.length;
    codes.fill(0);
    for (const s of m.spans) {
      const c = categoryCode.get(s.category)!;
      const r = index.get(s.annotator)!;
      codes[r] = c;
      tagged[r * k + c]! += 1;
      counts[c]! += 1;
    }
    overall.units.push(counts);
    overall.spans += m.spans.length;
    const art = tallyOf(articles, m.articleId);
    art.units.push(counts);
    art.spans += m.spans.length;
    const inScope = new Map<number, number>();
    for (const s of m.spans) {
      const { key, label } = info.get(s)!;
      inScope.set(key, (inScope.get(key) ?? 0) + 1);
      if (label >= 0) inScope.set(label, (inScope.get(label) ?? 0) + 1);
    }
    for (const [key, yes] of inScope) {
      const t = tallyOf(byKey, key);
      t.units.push([yes, R - yes]);
      t.spans += yes;
    }
    const article = articleIndex.get(m.articleId)!;
    for (let x = 0; x < m.spans.length; x++) {
      for (let y = x + 1; y < m.spans.length; y++) {
        const s = m.spans[x]!;
        const t = m.spans[y]!;
        const si = info.get(s)!;
        const ti = info.get(t)!;
        const ri = si.r;
        const rj = ti.r;
        const p = pairIndex[Math.min(ri, rj) * R + Math.max(ri, rj)]!;
        const [ci, cj] = ri < rj ? [codes[ri]!, codes[rj]!] : [codes[rj]!, codes[ri]!];
        cohenTables[p * k * k + ci * k + cj]! += 1;
        if (s.category !== t.category) continue;
        const label = si.label >= 0 && si.label === ti.label ? si.label : -1;
        overlap.add(p, article, si.key, label);
        if (s.start === t.start && s.end === t.end) exact.add(p, article, si.key, label);
      }
    }
  }

  const meanF1 = (paired: PairedSpans, pick: 'total' | 'article' | 'key', at = 0) =>
    meanOf(
      pairs.map(([i, j], p) => {
        if (pick === 'total') return f1(paired.total[p]!, spansTotal[i]! + spansTotal[j]!);
        if (pick === 'article') return f1(paired.byArticle[p * A + at]!, spansByArticle[i * A + at]! + spansByArticle[j * A + at]!);
        return f1(paired.byKey[p * K + at]!, spansByKey[i * K + at]! + spansByKey[j * K + at]!);
      }),
      'Nobody tagged a span here',
    );

  const perArticle = byArticle(spans);
  const study = unitizedStudy(annotators, continua(spans, lengths, (s) => s.category));
  const studyAlpha = study.alpha();
  const labelAlpha = unitizedStudy(annotators, continua(spans, lengths, (s) => (s.label === undefined ? undefined : labelKey(s.category, s.label)))).alpha();

  const scope = (t: Tally | undefined, u: Figure, f1Exact: Figure, f1Overlap: Figure): ScopeFigures => ({
    units: t?.units.length ?? 0,
    spans: t?.spans ?? 0,
    fleissKappa: t && t.units.length > 0 ? value(fleissKappa(t.units)) : notComputable(REASONS.nobodyTagged),
    krippendorffAlpha: t && t.units.length > 0 ? value(krippendorffAlphaOfCounts(t.units, R)) : notComputable(REASONS.nobodyTagged),
    unitizedAlpha: u,
    spanF1Exact: f1Exact,
    spanF1Overlap: f1Overlap,
  });

  pairs.forEach(([i, j], p) => {
    const table = cohenTables.subarray(p * k * k, (p + 1) * k * k);
    for (let c = 1; c < k; c++) {
      let withJ = 0;
      let withI = 0;
      for (let d = 1; d < k; d++) {
        withJ += table[c * k + d]!;
        withI += table[d * k + c]!;
      }
      table[c * k] = tagged[i * k + c]! - withJ;
      table[c] = tagged[j * k + c]! - withI;
    }
  });

  const linkSets = linkedPairsByAnnotator(input.links, matches, annotators);
  const pairFigures: PairFigures[] = pairs.map(([i, j], p) => {
    const a = linkSets.get(annotators[i]!)!;
    const b = linkSets.get(annotators[j]!)!;
    let shared = 0;
    for (const key of a) if (b.has(key)) shared += 1;
    return {
      a: annotators[i]!,
      b: annotators[j]!,
      cohensKappa: value(cohensKappaOfTable(cohenTables.subarray(p * k * k, (p + 1) * k * k), k)),
      unitizedAlpha: value(study.alpha([annotators[i]!, annotators[j]!])),
      spanF1Exact: f1(exact.total[p]!, spansTotal[i]! + spansTotal[j]!),
      spanF1Overlap: f1(overlap.total[p]!, spansTotal[i]! + spansTotal[j]!),
      linkF1: a.size + b.size === 0 ? notComputable('Neither annotator linked spans across articles') : figure((2 * shared) / (a.size + b.size)),
    };
  });

  return figure({
    annotators,
    articles: A,
    overall: {
      ...scope(overall, value(studyAlpha), meanF1(exact, 'total'), meanF1(overlap, 'total')),
      cohensKappa: meanOf(pairFigures.map((p) => p.cohensKappa), REASONS.noUnits),
      linkF1: meanOf(pairFigures.map((p) => p.linkF1), 'Nobody linked spans across articles'),
    },
    byCategory: categories.map((category) => {
      const at = keyIndex.get(category)!;
      return { category, ...scope(byKey.get(at), categoryAlphaOf(studyAlpha, category), meanF1(exact, 'key', at), meanF1(overlap, 'key', at)) };
    }),
    byLabel: labels.map((key) => {
      const at = keyIndex.get(key)!;
      const category = key.slice(0, key.indexOf(': '));
      const label = key.slice(key.indexOf(': ') + 2);
      return { category, label, ...scope(byKey.get(at), categoryAlphaOf(labelAlpha, key), meanF1(exact, 'key', at), meanF1(overlap, 'key', at)) };
    }),
    byArticle: [...lengths.keys()].map((articleId) => {
      const group = perArticle.get(articleId) ?? [];
      if (group.length === 0) {
        const none = notComputable(REASONS.nobodyTagged);
        return { articleId, ...scope(undefined, none, none, none) };
      }
      const at = articleIndex.get(articleId)!;
      const alpha = unitizedStudy(annotators, continua(group, new Map([[articleId, lengths.get(articleId)!]]), (s) => s.category)).alpha();
      return { articleId, ...scope(articles.get(articleId), value(alpha), meanF1(exact, 'article', at), meanF1(overlap, 'article', at)) };
    }),
    pairs: pairFigures,
  });
}
