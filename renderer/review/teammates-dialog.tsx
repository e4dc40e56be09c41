import { Modal } from '../app';
import { useReviewActions, useReviewState } from './review-provider';

const STATUS_WORDS: Record<string, string> = {
  added: 'Added',
  updated: 'Updated (the incoming one is newer)',
  unchanged: 'Unchanged (already up to date)',
  'kept-newer': 'Kept ours (ours is newer)',
  conflict: 'Conflict: both changed, both kept',
  'skipped-own': 'Skipped: that is my own tag set',
};

/** "Bring in teammates' work": paths of tag set files or study folders, then a result per tag set. */
export function TeammatesDialog() {
  const actions = useReviewActions();
  const dialog = useReviewState((s) => s.teammates);
  if (!dialog) return null;
  return (
    <Modal title="Bring in teammates’ work" onClose={actions.closeTeammates} className="teammates-dialog">
      <form
        className="modal-body"
        onSubmit={(e) => {
          e.preventDefault();
          void actions.importTeammates();
        }}
      >
        <label className="field">
          <span className="field-name">Tag set files (tagsets/&lt;name&gt;.json) or study folders, one path a line</span>
          <textarea rows={3} value={dialog.paths} onChange={(e) => actions.setPaths(e.target.value)} placeholder="/home/me/shared/alice.study/tagsets/alice.json" />
        </label>
        <p className="review-hint small">Each file is checked first; if any is wrong nothing is written. Your own tag set is never touched. A file copied into this study’s tagsets/ folder shows up by itself.</p>
        {dialog.error && (
          <p className="form-error" role="alert">
            {dialog.error}
          </p>
        )}
        {dialog.results && (
          <ul className="teammate-results" aria-label="What was brought in">
            {dialog.results.map((r) => (
              <li key={`${r.source} ${r.annotator}`}>
                <strong>{r.annotator}</strong>: {STATUS_WORDS[r.status] ?? r.status}, {r.annotations} annotations, {r.links} links
                {r.remapped > 0 && `, ${r.remapped} moved to this study’s copy of the same article`}
                {r.savedAs && ` (saved as ${r.savedAs})`}
                <span className="result-source">{r.source}</span>
              </li>
            ))}
          </ul>
        )}
        <div className="modal-actions">
          <button type="button" className="button" onClick={actions.closeTeammates} disabled={dialog.running}>
            {dialog.results ? 'Done' : 'Cancel'}
          </button>
          <button type="submit" className="button primary" disabled={dialog.running}>
            {dialog.running ? 'Checking…' : 'Bring in'}
          </button>
        </div>
      </form>
    </Modal>
  );
}
