import { StudyError } from '../errors';

/** The StudyError a promise rejects with; throws when it resolves or rejects with anything else. */
export async function failure(promise: Promise<unknown>): Promise<StudyError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof StudyError)) throw new Error(`expected a StudyError, got ${error === null ? 'success' : String(error)}`);
  return error;
}
