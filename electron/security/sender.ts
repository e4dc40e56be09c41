import { isAppUrl } from './app-origin';

/** The parts of Electron's WebFrameMain the sender check reads. */
export interface SenderFrameLike {
  readonly url: string;
  readonly parent: unknown;
}

/** The parts of an IpcMainInvokeEvent the sender check reads. */
export interface SenderEventLike {
  readonly sender: { readonly id: number };
  readonly senderFrame: SenderFrameLike | null;
}

/** Whether a frame is a top-level frame showing our own app origin. */
export function isTrustedFrame(frame: SenderFrameLike | null | undefined): boolean {
  if (!frame) return false; // the frame navigated away or was destroyed mid-call
  return frame.parent === null && isAppUrl(frame.url);
}

/**
 * Builds the IPC sender check: the call must come from the top frame of one
 * of our own windows (by webContents id), and that frame must be on our app
 * origin. Subframes, other webContents and pages that navigated elsewhere
 * are refused. `ourContentsIds` is read on every call, as windows come and go.
 */
export function createSenderCheck(ourContentsIds: () => Iterable<number>): (event: SenderEventLike) => boolean {
  return (event) => {
    let ours = false;
    for (const id of ourContentsIds()) if (id === event.sender.id) ours = true;
    return ours && isTrustedFrame(event.senderFrame);
  };
}
