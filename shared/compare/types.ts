import { z } from 'zod';
import type { Actor } from './actors';
import { SOURCE_DETAILS, SOURCE_KINDS, type CitedSource } from './attribution';
import type { Quantity } from './numbers';
import type { TimeExpr } from './time';
import type { DistinctTerm, WordOp } from './wording';

/**
 * Zod schemas for comparison results, for the API contract. Each schema is
 * checked at compile time against the type its module returns, so the two
 * cannot drift apart.
 */

const Offset = z.number().int().min(0);

/** Bounds as stated; `high: null` is unbounded ("more than 100" is low 100, lowOpen, high null). */
const BoundsSchema = z.object({ low: z.number(), lowOpen: z.boolean(), high: z.number().nullable(), highOpen: z.boolean() });

export const QuantitySchema = z.object({
  text: z.string(),
  start: Offset,
  end: Offset,
  value: z.number().nullable(),
  min: z.number(),
  max: z.number(),
  approximator: z.enum(['exact', 'about', 'more-than', 'less-than', 'at-least', 'up-to', 'range', 'vague']),
  measure: z.enum(['count', 'proportion']),
  unit: z.string().optional(),
  bounds: BoundsSchema.optional(),
  note: z.string().optional(),
  hedge: z.object({ text: z.string(), bounds: BoundsSchema }).optional(),
});

const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const TimeExprSchema = z.object({
  text: z.string(),
  start: Offset,
  end: Offset,
  kind: z.enum(['absolute', 'relative']),
  iso: IsoDay.optional(),
  range: z.object({ from: IsoDay, to: IsoDay }).optional(),
  relative: z
    .object({
      amount: z.number(),
      unit: z.enum(['day', 'week', 'month', 'year']),
      direction: z.enum(['past', 'future']),
      approx: z.boolean(),
    })
    .optional(),
  parts: z.object({ year: z.number().optional(), month: z.number().optional(), day: z.number().optional() }).optional(),
  partOfDay: z.enum(['morning', 'noon', 'afternoon', 'evening', 'night', 'midnight', 'overnight']).optional(),
  note: z.string().optional(),
});

export const ActorSchema = z.object({
  text: z.string(),
  start: Offset,
  end: Offset,
  kind: z.enum(['person', 'organization', 'place', 'group']),
  canonical: z.string(),
  role: z.string().optional(),
});

export const SourceKindSchema = z.enum(SOURCE_KINDS);
export const CitedSourceSchema = z.object({
  kind: SourceKindSchema,
  detail: z.enum(SOURCE_DETAILS).optional(),
  cue: z.string().optional(),
  text: z.string().optional(),
  start: Offset.optional(),
  end: Offset.optional(),
});

export const WordOpSchema = z.object({ op: z.enum(['same', 'added', 'removed']), text: z.string() });
export const DistinctTermSchema = z.object({ text: z.string(), start: Offset, end: Offset });

export const CONFLICT_KINDS = ['quantity', 'time', 'actor', 'attribution'] as const;
export const ConflictSchema = z.object({
  kind: z.enum(CONFLICT_KINDS),
  /** Plain analyst language: "3 numbers disagree: more than 100 fighters / approximately 200 fighters / dozens of militants". */
  message: z.string(),
  /** Ids of the members involved (annotation id when given, else article id). */
  members: z.array(z.string()),
  /** For figures: 'incompatible' when no value satisfies both, 'different' when compatible but another figure or precision. */
  severity: z.enum(['incompatible', 'different']).optional(),
});
export type Conflict = z.infer<typeof ConflictSchema>;

export const NotComparedSchema = z.object({
  kind: z.enum(['quantity', 'time']),
  /** "Dates not compared: on Sunday night (B) / on Monday (C); relative dates need each article’s publication date". */
  message: z.string(),
  members: z.array(z.string()),
});
export type NotCompared = z.infer<typeof NotComparedSchema>;

/** One member of a comparison: what its span (or, failing that, its sentence) says. Offsets are into the article text. */
export const MemberComparisonSchema = z.object({
  id: z.string(),
  articleId: z.string(),
  outletName: z.string(),
  text: z.string(),
  start: Offset,
  end: Offset,
  quantities: z.array(QuantitySchema),
  times: z.array(TimeExprSchema),
  actors: z.array(ActorSchema),
  source: CitedSourceSchema,
  /** Words and phrases of the span that no other member uses. */
  distinctive: z.array(DistinctTermSchema),
});
export type MemberComparison = z.infer<typeof MemberComparisonSchema>;

export const ComparisonSchema = z.object({
  members: z.array(MemberComparisonSchema),
  /** Each member's wording against the base member (the medoid). */
  wording: z.object({ base: z.number().int().min(0), diffs: z.array(z.array(WordOpSchema)) }),
  actors: z.object({
    /** Canonical actors every member names. */
    shared: z.array(z.string()),
    /** Canonical actors only some members name, with those members' ids. */
    differing: z.array(z.object({ canonical: z.string(), members: z.array(z.string()) })),
  }),
  conflicts: z.array(ConflictSchema),
  /** Figures and dates that could not be compared (different things counted, no publication date): not agreement. */
  notCompared: z.array(NotComparedSchema).optional(),
});
export type Comparison = z.infer<typeof ComparisonSchema>;

/** Input of compareMembers: one linked span with its context. */
export const CompareMemberInputSchema = z.object({
  /** The member's annotation id; defaults to the article id. */
  id: z.string().optional(),
  articleId: z.string(),
  outletName: z.string(),
  /** The span's text. */
  text: z.string(),
  /** The sentence (or sentences) around the span. */
  sentence: z.string(),
  articleText: z.string(),
  start: Offset,
  end: Offset,
  attributions: z.array(z.object({ start: Offset, end: Offset, label: z.string().optional() })),
  /** The article's publication date, to resolve "last week" (ISO or "December 2025"). */
  publishedAt: z.string().optional(),
});
export type CompareMemberInput = z.infer<typeof CompareMemberInputSchema>;

/** How often each referent variant occurs in each article ("Zionist regime" 4 in one outlet, 0 elsewhere). */
export const TermTableSchema = z.object({
  articles: z.array(z.object({ id: z.string(), outletName: z.string() })),
  rows: z.array(z.object({ term: z.string(), counts: z.array(z.number().int().min(0)), total: z.number().int().min(0), family: z.string().optional() })),
  occurrences: z.array(z.object({ row: z.number().int().min(0), articleId: z.string(), start: Offset, end: Offset })),
});
export type TermTable = z.infer<typeof TermTableSchema>;

// Compile-time checks that the schemas describe what the modules return.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const checks: [
  Same<z.infer<typeof QuantitySchema>, Quantity>,
  Same<z.infer<typeof TimeExprSchema>, TimeExpr>,
  Same<z.infer<typeof ActorSchema>, Actor>,
  Same<z.infer<typeof CitedSourceSchema>, CitedSource>,
  Same<z.infer<typeof WordOpSchema>, WordOp>,
  Same<z.infer<typeof DistinctTermSchema>, DistinctTerm>,
] = [true, true, true, true, true, true];
void checks;
