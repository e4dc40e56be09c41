import { z } from 'zod';
import { CONFLICT_KINDS } from './compare/types';
import { EXCHANGE_FORMATS } from './exchange/records';
import { Category, Id, TagSetKind } from './model';

/**
 * The shapes the analytic, exchange and team calls of the contract answer
 * with (shared/api.ts): suggestions, conflict summaries, aligned pairs,
 * annotation imports, tag set rows, teammates' imports and study changes.
 */

/** An offset into an article's canonical text. */
export const Offset = z.number().int().min(0);

export const SuggestionSchema = z.object({
  articleId: Id,
  outletName: z.string(),
  start: Offset,
  end: Offset,
  text: z.string(),
  score: z.number(),
  /** Words of the suggested sentence that the span shares (stems and synonyms count). */
  shared: z.array(z.string()),
  /** Content words of the suggested sentence that the span lacks. */
  differing: z.array(z.string()),
  /** The score in words, e.g. "shares: international force, form; same figure: 92; similar meaning: troops ≈ forces (words 0.21 + meaning 0.06)". */
  explanation: z.string().optional(),
  /**
   * True on the one entry of an article whose best passage scores under the
   * calibrated threshold: show "no close match in this outlet" (this passage is
   * only the nearest, for reference), not a suggestion. An article absent
   * from the list has nothing in common with the span.
   */
  noCloseMatch: z.boolean().optional(),
});
export type SuggestionView = z.infer<typeof SuggestionSchema>;

/** A link's conflicts in brief, for badges in lists: how many, of which kinds, and the worst severity (null: none). */
export const ConflictSummarySchema = z.object({
  count: z.number().int().min(0),
  kinds: z.array(z.enum(CONFLICT_KINDS)),
  /** 'incompatible' when some conflict cannot all be true (dates, actors and sources always count so), 'different' when every one is compatible. */
  severity: z.enum(['incompatible', 'different']).nullable(),
  /** The link's updatedAt the summary belongs to: a list shows it only for that version. */
  version: z.string(),
});
export type ConflictSummary = z.infer<typeof ConflictSummarySchema>;

const AlignedSideSchema = z.object({ articleId: Id, outletName: z.string(), start: Offset, end: Offset, text: z.string() });
export const AlignedPairSchema = z.object({ a: AlignedSideSchema, b: AlignedSideSchema, score: z.number() });
export type AlignedPairView = z.infer<typeof AlignedPairSchema>;

const AnchorCounts = z.object({ position: z.number().int(), exact: z.number().int(), normalised: z.number().int(), fuzzy: z.number().int() });

export const ImportAnnotationsResult = z.object({
  format: z.enum(EXCHANGE_FORMATS),
  dryRun: z.boolean(),
  /** Articles created from the file's texts (qdpx), or found already in the study. */
  articles: z.array(z.object({ id: Id, title: z.string(), created: z.boolean() })),
  /** Per tag set: how many annotations and links were added or replaced. */
  tagSets: z.array(z.object({ annotator: z.string(), annotations: z.number().int(), links: z.number().int() })),
  /** How the placed annotations were anchored. */
  anchoredBy: AnchorCounts,
  /** Codebook labels added for codes the study lacked (qdpx). */
  labelsAdded: z.array(z.object({ category: Category, id: z.string(), name: z.string() })),
  /** What could not be placed, and why (never dropped silently). */
  unplaced: z.array(z.object({ kind: z.enum(['annotation', 'link']), sourceId: z.string(), source: z.string(), quote: z.string(), reason: z.string() })),
});
export type ImportAnnotationsResult = z.infer<typeof ImportAnnotationsResult>;

/** One tag set of the study, as lists show it. */
export const TagSetRow = z.object({
  annotator: z.string(),
  /** Its file, relative to the study folder (tagsets/<slug>-<hash>.json). */
  file: z.string(),
  kind: TagSetKind,
  /** The current annotator's own tag set (the only one edits go to). */
  mine: z.boolean(),
  annotations: z.number(),
  links: z.number(),
  updatedAt: z.string().optional(),
});
export type TagSetRow = z.infer<typeof TagSetRow>;

export const TeammateResult = z.object({
  /** The file the tag set was read from. */
  source: z.string(),
  annotator: z.string(),
  /** added / updated (incoming newer) / unchanged / kept-newer (ours is newer) / conflict (both kept) / skipped-own (my name, inside a study folder). */
  status: z.enum(['added', 'updated', 'unchanged', 'kept-newer', 'conflict', 'skipped-own']),
  annotations: z.number(),
  links: z.number(),
  /** Annotations moved to a local article id because the same text has another id here. */
  remapped: z.number(),
  /** For a conflict: the annotator name the incoming copy was saved under. */
  savedAs: z.string().optional(),
});
export type TeammateResult = z.infer<typeof TeammateResult>;

export const StudyChangeSchema = z.object({
  version: z.number(),
  file: z.string(),
  kind: z.enum(['project', 'article', 'tagset']),
  annotator: z.string().optional(),
  removed: z.boolean().optional(),
});
export type StudyChangeView = z.infer<typeof StudyChangeSchema>;
