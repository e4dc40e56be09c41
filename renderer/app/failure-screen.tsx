import { RotateCcw } from 'lucide-react';
import { useActions, useWorkspaceState } from './workspace-context';

/** Shown when the study could not be opened at all: the reason, and what the analyst can do. */
export function FailureScreen() {
  const actions = useActions();
  const notice = useWorkspaceState((s) => s.notice);
  return (
    <main className="failure-screen">
      <h1>The study could not be opened</h1>
      <p role="alert">{notice?.message ?? 'Something went wrong while opening the study.'}</p>
      <div className="modal-actions">
        {notice?.restoreFile && (
          <button type="button" className="button primary" onClick={() => void actions.restoreBackup(notice.restoreFile!)}>
            <RotateCcw aria-hidden="true" size={15} />
            Restore last good version
          </button>
        )}
        <button type="button" className="button" onClick={() => void actions.load()}>
          Try again
        </button>
      </div>
    </main>
  );
}
