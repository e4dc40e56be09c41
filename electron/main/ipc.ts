import type { Api } from '../../shared/api';
import type { Envelope } from '../../shared/transport';
import { CALL_CHANNEL } from '../security/channels';
import { dispatch } from '../service/dispatch';

/** The part of Electron's ipcMain that registerIpc uses (a fake in tests). */
export interface IpcMainLike<E> {
  handle(channel: string, listener: (event: E, ...args: unknown[]) => unknown): void;
}

/** The envelope a call from a frame we do not trust gets back. */
export const REFUSED_ENVELOPE: Envelope = {
  ok: false,
  error: { code: 'bad-input', message: 'Refused a call from an untrusted frame', details: {} },
};

/**
 * Serves the contract on the one call channel: every event's sender is
 * checked first (top frame of our window, on our origin), then the call goes
 * through dispatch, which checks the name and parses the input with the
 * contract's zod schema. Always answers with an envelope, never throws.
 */
export function registerIpc<E>(
  ipcMain: IpcMainLike<E>,
  api: Api,
  isTrustedSender: (event: E) => boolean,
  onRefused: (event: E) => void = () => undefined,
): void {
  ipcMain.handle(CALL_CHANNEL, async (event, name, input): Promise<Envelope> => {
    if (!isTrustedSender(event)) {
      onRefused(event);
      return REFUSED_ENVELOPE;
    }
    return dispatch(api, typeof name === 'string' ? name : String(name), input);
  });
}
