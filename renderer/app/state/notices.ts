import { StudyError } from '../../../shared/errors';
import type { Notice } from './workspace-state';

let seq = 0;

/** An information notice (confirmations, refusals the analyst can fix at once). */
export function infoNotice(message: string): Notice {
  return { tone: 'info', message, seq: ++seq };
}

/**
 * The notice for a failed call: the error's own message (written for users),
 * never a stack; a damaged file with a backup gets the restore offer.
 */
export function errorNotice(error: unknown): Notice {
  if (error instanceof StudyError) {
    const { file, backup } = error.details;
    return {
      tone: 'error',
      message: error.message,
      ...(error.code === 'corrupt-file' && backup && file ? { restoreFile: file } : {}),
      seq: ++seq,
    };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { tone: 'error', message: `Something went wrong: ${detail}. Try again; if it keeps happening, reload the window.`, seq: ++seq };
}
