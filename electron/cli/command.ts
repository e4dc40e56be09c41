import type { ParseArgsConfig } from 'node:util';
import type { Api } from '../../shared/api';
import { StudyError } from '../../shared/errors';

/** Where the CLI writes; injected so tests can read what a command printed. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
}

/** Option values as node:util parseArgs returns them. */
export type Values = Record<string, string | boolean | string[] | undefined>;

/** What every command receives. */
export interface CommandContext {
  service: Api;
  args: string[];
  values: Values;
  json: boolean;
  io: CliIO;
}

/** One CLI command: its usage line, options, positional count and body. */
export interface Command {
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** Positional arguments: minimum count and whether more are allowed. */
  positionals: { min: number; max?: number };
  run(ctx: CommandContext): Promise<void>;
}

/** A string option's value, or undefined when absent or given as a flag. */
export function str(values: Values, key: string): string | undefined {
  const value = values[key];
  return typeof value === 'string' ? value : undefined;
}

/** Prints `value` as JSON with --json, or the human text otherwise. */
export function emit(ctx: { json: boolean; io: Pick<CliIO, 'out'> }, value: unknown, human: () => string): void {
  ctx.io.out(ctx.json ? JSON.stringify(value, null, 2) : human());
}

/** A numeric option within [min, max]; whole numbers only when `integer`. */
export function numberOption(values: Values, key: string, min: number, max: number, integer: boolean): number | undefined {
  const raw = str(values, key);
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n) || n < min || n > max || (integer && !Number.isInteger(n))) {
    throw new StudyError('bad-input', `--${key} must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}, got "${raw}"`, { field: key });
  }
  return n;
}
