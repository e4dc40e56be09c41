import type { Api, Input, MethodName, Output } from '../../shared/api';
import { unwrapEnvelope } from '../../shared/transport';
import { dispatch } from '../service/dispatch';

/**
 * Calls the service from the main process the way the page does: through
 * dispatch, so the contract parses the input (file names from disk, folder
 * paths from dialogs) before the service sees it. Errors come back as StudyError.
 */
export async function callService<K extends MethodName>(api: Api, name: K, input: Input<K>): Promise<Output<K>> {
  return unwrapEnvelope(await dispatch(api, name, input)) as Output<K>;
}
