import { CircleExclamationPoint, Info, RotateCcw, X } from 'lucide-react';
import { useEffect } from 'react';
import { useActions, useWorkspaceState } from './workspace-context';

/** How long an information notice stays; errors stay until dismissed. */
const INFO_MS = 5000;

/** The message line at the bottom: errors (with the restore offer for a damaged file) and short confirmations. */
export function NoticeBar() {
  const actions = useActions();
  const notice = useWorkspaceState((s) => s.notice);
  useEffect(() => {
    if (notice?.tone !== 'info') return;
    const timer = window.setTimeout(actions.dismissNotice, INFO_MS);
    return () => window.clearTimeout(timer);
  }, [notice, actions]);

  return (
    <div className="notice-region" role={notice?.tone === 'error' ? 'alert' : 'status'}>
      {notice && (
        <div className={`notice ${notice.tone}`} key={notice.seq}>
          {notice.tone === 'error' ? <CircleExclamationPoint aria-hidden="true" size={18} /> : <Info aria-hidden="true" size={18} />}
          <p className="notice-text">{notice.message}</p>
          {notice.restoreFile && (
            <button type="button" className="button" onClick={() => void actions.restoreBackup(notice.restoreFile!)}>
              <RotateCcw aria-hidden="true" size={15} />
              Restore last good version
            </button>
          )}
          <button type="button" className="icon-button small" aria-label="Dismiss message" onClick={actions.dismissNotice}>
            <X aria-hidden="true" size={15} />
          </button>
        </div>
      )}
    </div>
  );
}
