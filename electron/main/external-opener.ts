import { decideExternalLink } from '../security/external-links';

/** What opening a link needs from Electron: a confirm dialog, shell.openExternal, a notice (fakes in tests). */
export interface ExternalOpenerDeps {
  confirm(prompt: string, url: string): Promise<boolean>;
  open(url: string): Promise<void>;
  inform(message: string): Promise<void>;
}

export type ExternalOpenOutcome = 'opened' | 'declined' | 'refused' | 'busy';

/**
 * Builds the one path by which a link leaves the app: decideExternalLink
 * first, then the user's explicit yes, then shell.openExternal with the
 * normalised URL shown in the prompt. Refused links get a short notice. While
 * a dialog is up further requests are dropped, so a page cannot stack dialogs.
 */
export function createExternalOpener(deps: ExternalOpenerDeps): (url: string) => Promise<ExternalOpenOutcome> {
  let busy = false;
  return async (url) => {
    if (busy) return 'busy';
    busy = true;
    try {
      const decision = decideExternalLink(url);
      if (decision.action === 'refuse') {
        await deps.inform(decision.reason);
        return 'refused';
      }
      if (!(await deps.confirm(decision.prompt, decision.url))) return 'declined';
      await deps.open(decision.url);
      return 'opened';
    } finally {
      busy = false;
    }
  };
}
