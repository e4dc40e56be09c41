import { CATEGORIES, IsoDate, type Annotation, type Category, type Codebook, type Link } from '../model';
import { quoteSelector } from '../text';
import { reanchor, type AnchorMethod } from './reanchor';
import type { ExchangeFile, ForeignAnnotation, ForeignLink } from './records';
import { sha256Hex } from './sha256';

/**
 * Turns the records a reader produced into tag set additions for a study,
 * without touching it: each annotation is matched to an article by its
 * source (URL, content hash or the file's own text id), then placed by
 * reanchor(); a link keeps the members that were placed. Whatever cannot be
 * placed is listed with the reason, never dropped silently.
 *
 * Tags become codebook terms by one rule: a tag equal to a category name
 * sets the category; a tag equal to a label's name or id sets the label (and
 * its category when none was set); an annotation with no category is a
 * claim; other tags are kept in the note as "Tags: a, b".
 */

export interface PlanArticle {
  id: string;
  text: string;
  /** Every way a file may name this article: its URL, `urn:sha256:` of its text, a text id in the imported file. */
  sources: string[];
}

export interface Unplaced {
  kind: 'annotation' | 'link';
  sourceId: string;
  source: string;
  quote: string;
  reason: string;
}

export interface PlannedTagSet {
  annotator: string;
  annotations: Annotation[];
  links: Link[];
}

export interface ImportPlan {
  tagSets: PlannedTagSet[];
  unplaced: Unplaced[];
  /** How the placed annotations were anchored. */
  methods: Record<AnchorMethod, number>;
}

export interface PlanInput {
  file: ExchangeFile;
  articles: readonly PlanArticle[];
  codebook: Codebook;
  /** Fallback for records with no valid created/modified time. */
  now: string;
  /** Put everything into this annotator's tag set instead of each record's creator. */
  annotator?: string;
}

/** A URL as compared: no fragment, no trailing slash, https, lowercase scheme and host. */
export function sourceKey(source: string): string {
  const s = source.trim();
  const m = /^(https?):\/\/([^/?#]+)([^#]*)/i.exec(s);
  if (!m) return s;
  const rest = m[3]!.replace(/\/+(\?|$)/, '$1');
  return `https://${m[2]!.toLowerCase()}${rest}`;
}

/** The names a plan matches sources by, for an article with this text and URL. */
export function articleSources(article: { id: string; text: string; url?: string }): string[] {
  return [`urn:sha256:${sha256Hex(article.text)}`, ...(article.url ? [article.url] : [])];
}

const validDate = (v: string | undefined, fallback: string): string => (v && IsoDate.safeParse(v).success ? v : fallback);
const fold = (s: string) => s.trim().toLowerCase();

function classify(record: ForeignAnnotation, codebook: Codebook): { category: Category; label?: string; note: string } {
  let category = record.category;
  let label = record.label && category && codebook[category].some((l) => l.id === record.label) ? record.label : undefined;
  const rest: string[] = [];
  const tags = [...record.tags, ...(record.label && !label ? [record.label] : [])];
  for (const tag of tags) {
    const t = fold(tag);
    const asCategory = CATEGORIES.find((c) => c === t);
    if (asCategory) {
      category ??= asCategory;
      continue;
    }
    const inCategory = (c: Category) => codebook[c].find((l) => fold(l.name) === t || fold(l.id) === t);
    const current = label && category ? codebook[category].find((l) => l.id === label) : undefined;
    if (current && (fold(current.name) === t || fold(current.id) === t)) continue;
    const owner = category ? (inCategory(category) ? category : undefined) : CATEGORIES.find((c) => inCategory(c));
    if (!label && owner) {
      category ??= owner;
      label = inCategory(owner)!.id;
      continue;
    }
    rest.push(tag);
  }
  const note = rest.length ? [record.note, `Tags: ${rest.join(', ')}`].filter(Boolean).join('\n\n') : record.note;
  return { category: category ?? 'claim', ...(label ? { label } : {}), note };
}

export function planImport(input: PlanInput): ImportPlan {
  const bySource = new Map<string, PlanArticle[]>();
  for (const a of input.articles) {
    for (const s of new Set(a.sources.map(sourceKey))) bySource.set(s, [...(bySource.get(s) ?? []), a]);
  }
  const methods: Record<AnchorMethod, number> = { position: 0, exact: 0, normalised: 0, fuzzy: 0 };
  const unplaced: Unplaced[] = [];
  const sets = new Map<string, PlannedTagSet>();
  const setFor = (name: string) => {
    const annotator = (input.annotator ?? name).trim().slice(0, 60) || 'Imported';
    if (!sets.has(annotator)) sets.set(annotator, { annotator, annotations: [], links: [] });
    return sets.get(annotator)!;
  };
  const placedIds = new Map<string, Annotation>();
  const taken = new Set<string>();
  for (const record of input.file.annotations) {
    const candidates = bySource.get(sourceKey(record.source)) ?? [];
    const miss = (reason: string) => unplaced.push({ kind: 'annotation', sourceId: record.sourceId, source: record.source, quote: record.quote.exact, reason });
    if (candidates.length === 0) {
      miss('no article in the study has this address or content');
      continue;
    }
    let placed: { article: PlanArticle; start: number; end: number; method: AnchorMethod } | undefined;
    for (const article of candidates) {
      const hit = reanchor(article.text, record.quote, record.position);
      if (hit && (!placed || rank(hit.method) < rank(placed.method))) placed = { article, ...hit };
    }
    if (!placed) {
      miss('the quote was not found in the article, not even approximately');
      continue;
    }
    methods[placed.method]++;
    const { category, label, note } = classify(record, input.codebook);
    const tagSet = setFor(record.annotator);
    const createdAt = validDate(record.createdAt, input.now);
    const annotation: Annotation = {
      id: record.id ?? `an-${sha256Hex(`${input.file.format}\0${record.source}\0${record.sourceId}`).slice(0, 16)}`,
      articleId: placed.article.id,
      annotator: tagSet.annotator,
      category,
      ...(label ? { label } : {}),
      note,
      createdAt,
      updatedAt: validDate(record.updatedAt, createdAt),
      position: { start: placed.start, end: placed.end },
      quote: placed.method === 'position' ? { ...record.quote } : quoteSelector(placed.article.text, placed),
    };
    if (taken.has(`${tagSet.annotator}\0${annotation.id}`)) {
      miss(`it repeats annotation id ${record.sourceId}, already imported from this file`);
      continue;
    }
    tagSet.annotations.push(annotation);
    taken.add(`${tagSet.annotator}\0${annotation.id}`);
    placedIds.set(record.sourceId, annotation);
  }
  for (const record of input.file.links) planLink(record, input, placedIds, setFor, unplaced);
  const tagSets = [...sets.values()].filter((t) => t.annotations.length || t.links.length).sort((a, b) => (a.annotator < b.annotator ? -1 : 1));
  return { tagSets, unplaced, methods };
}

const RANK: Record<AnchorMethod, number> = { position: 0, exact: 1, normalised: 2, fuzzy: 3 };
const rank = (m: AnchorMethod) => RANK[m];

function planLink(
  record: ForeignLink,
  input: PlanInput,
  placed: ReadonlyMap<string, Annotation>,
  setFor: (name: string) => PlannedTagSet,
  unplaced: Unplaced[],
): void {
  const tagSet = setFor(record.annotator);
  const members = [...new Set(record.targets)].map((t) => placed.get(t)).filter((a): a is Annotation => a !== undefined && a.annotator === tagSet.annotator);
  const miss = (reason: string) => unplaced.push({ kind: 'link', sourceId: record.sourceId, source: '', quote: record.label, reason });
  if (members.length < 2 || new Set(members.map((m) => m.articleId)).size < 2) {
    miss(`only ${members.length} of its ${record.targets.length} members were placed in ${tagSet.annotator}'s tag set; a link needs two from different articles`);
    return;
  }
  if (members.length < record.targets.length) miss(`kept with ${members.length} of its ${record.targets.length} members; the others were not placed`);
  const createdAt = validDate(record.createdAt, input.now);
  tagSet.links.push({
    id: record.id ?? `ln-${sha256Hex(`${input.file.format}\0${record.sourceId}`).slice(0, 16)}`,
    annotator: tagSet.annotator,
    label: record.label,
    kind: record.kind,
    members: members.map((m) => m.id),
    note: record.note,
    createdAt,
    updatedAt: validDate(record.updatedAt, createdAt),
  });
}
