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

/**
 * The service behind a zod gate: every call's input is parsed with the
 * contract first, exactly as the IPC and HTTP transports do. The CLI uses it.
 */
export function validatingApi(api: Api): Api {
  const gated = {} as Record<MethodName, (input: unknown) => Promise<unknown>>;
  for (const name of Object.keys(contract) as MethodName[]) {
    const call = api[name] as (input: unknown) => Promise<unknown>;
    gated[name] = async (input: unknown) => call.call(api, parseInput(contract[name].input, input ?? {}, name));
  }
  return gated as unknown as Api;
}
