import { z } from 'zod';

/**
 * The file format of an evaluation set: one news story covered by several
 * outlets, with sentences kept verbatim from each article and labels written
 * by reading the text (never by running the suggester or the comparer).
 *
 * - pairs: two sentences in different articles that report the same fact;
 * - noMatch: a labelled sentence whose facts another article does not report
 *   at all, so "no close match in this outlet" is the right answer there;
 * - figures: how an analyst reads a number phrase (bounds, open or closed,
 *   and the hedge word); null bounds are unbounded;
 * - conflicts: members that state one fact, and whether their readings are
 *   incompatible (should be flagged), different but compatible, or the same.
 *
 * Sentences are referred to by article id and index into its `sentences`.
 */

export const SentenceRefSchema = z.object({ article: z.string().min(1), sentence: z.number().int().min(0) });
export type SentenceRef = z.infer<typeof SentenceRefSchema>;

export const EvalArticleSchema = z.object({
  id: z.string().min(1),
  outlet: z.string().min(1),
  url: z.url(),
  /** ISO day, or null when the page did not say. */
  publishedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  sentences: z.array(z.string().min(1)).min(1),
});
export type EvalArticle = z.infer<typeof EvalArticleSchema>;

export const EvalPairSchema = z.object({ a: SentenceRefSchema, b: SentenceRefSchema, fact: z.string().min(1) });
export type EvalPair = z.infer<typeof EvalPairSchema>;

export const NoMatchSchema = SentenceRefSchema.extend({ inArticle: z.string().min(1) });
export type NoMatch = z.infer<typeof NoMatchSchema>;

export const FigureReadingSchema = z.object({
  thing: z.string().min(1),
  min: z.number().nullable(),
  max: z.number().nullable(),
  minOpen: z.boolean(),
  maxOpen: z.boolean(),
  hedge: z.string().optional(),
});
export const EvalFigureSchema = SentenceRefSchema.extend({ phrase: z.string().min(1), reading: FigureReadingSchema });
export type EvalFigure = z.infer<typeof EvalFigureSchema>;

export const CONFLICT_EXPECTATIONS = ['incompatible', 'different', 'same'] as const;
export type ConflictExpectation = (typeof CONFLICT_EXPECTATIONS)[number];
export const EvalConflictSchema = z.object({
  fact: z.string().min(1),
  members: z.array(SentenceRefSchema).min(2),
  expected: z.enum(CONFLICT_EXPECTATIONS),
});
export type EvalConflict = z.infer<typeof EvalConflictSchema>;

export const EvalSetSchema = z.object({
  story: z.string().min(1),
  split: z.enum(['dev', 'test']),
  articles: z.array(EvalArticleSchema).min(2),
  pairs: z.array(EvalPairSchema),
  noMatch: z.array(NoMatchSchema),
  figures: z.array(EvalFigureSchema),
  conflicts: z.array(EvalConflictSchema),
});
export type EvalSet = z.infer<typeof EvalSetSchema>;

/** Problems the schema cannot see: dangling references, same-article pairs, a sentence labelled both matched and unmatched in one article, figure phrases not in their sentence. */
export function evalSetProblems(set: EvalSet): string[] {
  const problems: string[] = [];
  const articles = new Map(set.articles.map((a) => [a.id, a]));
  if (articles.size !== set.articles.length) problems.push('article ids are not unique');
  const sentence = (r: SentenceRef, where: string): string | undefined => {
    const text = articles.get(r.article)?.sentences[r.sentence];
    if (text === undefined) problems.push(`${where}: no sentence ${r.sentence} in article "${r.article}"`);
    return text;
  };
  const matched = new Set<string>();
  set.pairs.forEach((p, i) => {
    sentence(p.a, `pair ${i}`);
    sentence(p.b, `pair ${i}`);
    if (p.a.article === p.b.article) problems.push(`pair ${i} (${p.fact}): both sentences are in article "${p.a.article}"`);
    matched.add(`${p.a.article}:${p.a.sentence}>${p.b.article}`);
    matched.add(`${p.b.article}:${p.b.sentence}>${p.a.article}`);
  });
  set.noMatch.forEach((n, i) => {
    sentence(n, `noMatch ${i}`);
    if (!articles.has(n.inArticle)) problems.push(`noMatch ${i}: no article "${n.inArticle}"`);
    if (n.inArticle === n.article) problems.push(`noMatch ${i}: sentence and target are the same article`);
    if (matched.has(`${n.article}:${n.sentence}>${n.inArticle}`)) problems.push(`noMatch ${i}: ${n.article}:${n.sentence} also has a pair in "${n.inArticle}"`);
  });
  set.figures.forEach((f, i) => {
    const text = sentence(f, `figure ${i}`);
    if (text !== undefined && !text.includes(f.phrase)) problems.push(`figure ${i}: "${f.phrase}" is not in its sentence`);
    const { min, max } = f.reading;
    if (min !== null && max !== null && min > max) problems.push(`figure ${i}: min ${min} is above max ${max}`);
  });
  set.conflicts.forEach((c, i) => c.members.forEach((m) => sentence(m, `conflict ${i} (${c.fact})`)));
  return problems;
}

/** Parses and checks a set; the error lists every problem with the file's name. */
export function parseEvalSet(name: string, json: unknown): { ok: true; set: EvalSet } | { ok: false; error: string } {
  const parsed = EvalSetSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    return { ok: false, error: `Evaluation set ${name} does not fit the format: ${issues.slice(0, 5).join('; ')}` };
  }
  const problems = evalSetProblems(parsed.data);
  if (problems.length) return { ok: false, error: `Evaluation set ${name} has ${problems.length} labelling problem(s): ${problems.slice(0, 5).join('; ')}` };
  return { ok: true, set: parsed.data };
}
