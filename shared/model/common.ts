import { z } from 'zod';

/** Version of every file format this build writes; older files are migrated on load. */
export const SCHEMA_VERSION = 1;

/** Ids are short, filename-safe strings: letters, digits, `_` and `-`. */
export const Id = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[A-Za-z0-9_-]+$/, 'must contain only letters, digits, "_" and "-"');

export const IsoDate = z.iso.datetime({ offset: true });

/** An annotator's display name: trimmed, non-empty, short. */
export const AnnotatorName = z
  .string()
  .trim()
  .min(1, 'annotator name must not be empty')
  .max(60, 'annotator name must be at most 60 characters');

export const CATEGORIES = ['claim', 'framing', 'attribution'] as const;
export const Category = z.enum(CATEGORIES);
export type Category = z.infer<typeof Category>;
