import { z } from 'zod';

export const ERROR_CODES = ['bad-input', 'not-found', 'conflict', 'corrupt-file', 'locked', 'io', 'no-study'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const ErrorDetails = z.object({
  /** File the problem is in, relative to the study folder. */
  file: z.string().optional(),
  /** First failing JSON path inside that file, e.g. `annotations[3].position.end`. */
  path: z.string().optional(),
  /** Whether a last good backup of the file exists and can be restored. */
  backup: z.boolean().optional(),
  /** Which input field was wrong. */
  field: z.string().optional(),
});
export type ErrorDetails = z.infer<typeof ErrorDetails>;

/** The error every layer raises and every transport carries: a code and a message a user can act on. */
export class StudyError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: ErrorDetails = {},
  ) {
    super(message);
    this.name = 'StudyError';
  }

  toJSON(): SerializedError {
    return { code: this.code, message: this.message, details: this.details };
  }
}

export const SerializedError = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  details: ErrorDetails,
});
export type SerializedError = z.infer<typeof SerializedError>;

/** Formats a zod path as `a.b[3].c`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/** The first issue of a zod error as `path: message` (or just the message at the root). */
export function describeZodError(error: z.ZodError): { path: string; message: string } {
  const issue = error.issues[0];
  if (!issue) return { path: '', message: 'invalid value' };
  return { path: formatPath(issue.path), message: issue.message };
}

/** Parses input with a schema, raising a bad-input StudyError that names the first failing field. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown, what: string): z.output<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const { path, message } = describeZodError(result.error);
  throw new StudyError('bad-input', `${what}: ${path ? `${path}: ` : ''}${message}`, path ? { field: path } : {});
}
