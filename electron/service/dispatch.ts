import { contract, isMethodName, type Api, type MethodName } from '../../shared/api';
import { StudyError, parseInput } from '../../shared/errors';
import { errorEnvelope, type Envelope } from '../../shared/transport';

/**
 * The one entry point every transport uses: checks the method name, parses the
 * input with the contract's zod schema, calls the service and wraps the result
 * (or the error) in an envelope. Never throws.
 */
export async function dispatch(api: Api, name: string, input: unknown): Promise<Envelope> {
  try {
    if (!isMethodName(name)) throw new StudyError('bad-input', `Unknown call "${name}"`);
    const parsed = parseInput(contract[name].input, input ?? {}, name);
    const call = api[name] as (input: unknown) => Promise<unknown>;
    const value = await call.call(api, parsed);
    return { ok: true, value };
  } catch (error) {
    return errorEnvelope(error);
  }
}

export type { MethodName };
