import { ArrowLeft } from 'lucide-react';
import type { ReactNode } from 'react';
import { useCompareActions } from './compare-context';

/** The top of every compare view: the way back, the title, and the view's own buttons. */
export function ViewHead({ eyebrow, title, children }: { eyebrow: ReactNode; title: string; children?: ReactNode }) {
  const actions = useCompareActions();
  return (
    <header className="view-head">
      <button type="button" className="button back-button" onClick={actions.closeView} aria-keyshortcuts="Escape">
        <ArrowLeft aria-hidden="true" size={16} />
        Back to articles
        <kbd>Esc</kbd>
      </button>
      <div className="view-title-block">
        <p className="view-eyebrow">{eyebrow}</p>
        <h1 id="view-title" className="view-title">
          {title}
        </h1>
      </div>
      {children && <div className="view-actions">{children}</div>}
    </header>
  );
}
