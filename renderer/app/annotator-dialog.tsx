import { useState } from 'react';
import { Modal } from './modal';
import { useActions, useWorkspaceState } from './workspace-context';

/** "Who is annotating?": asked on first run, and whenever the analyst changes annotator. */
export function AnnotatorDialog() {
  const actions = useActions();
  const current = useWorkspaceState((s) => s.study?.annotator ?? null);
  const annotators = useWorkspaceState((s) => s.study?.annotators);
  const others = (annotators ?? []).filter((n) => n !== current);
  const [name, setName] = useState(current ?? '');
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setProblem('Enter your name (or initials): every annotation records who made it.');
      return;
    }
    setProblem(null);
    await actions.setAnnotator(name);
  };

  return (
    <Modal title="Who is annotating?" dismissible={current !== null} onClose={actions.closeDialog} className="annotator-dialog">
      <form onSubmit={(e) => void submit(e)}>
        <p className="modal-text">Your name goes on every annotation you make and names your tag set file, so teammates can tell whose is whose.</p>
        <label className="field">
          <span className="field-name">Name</span>
          <input
            autoFocus
            value={name}
            maxLength={60}
            autoComplete="name"
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? 'annotator-problem' : undefined}
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        {problem && (
          <p id="annotator-problem" className="field-problem" role="alert">
            {problem}
          </p>
        )}
        {others.length > 0 && (
          <div className="known-annotators" role="group" aria-label="Annotators in this study">
            <span className="field-name">In this study:</span>
            {others.map((n) => (
              <button key={n} type="button" className="button small" onClick={() => void actions.setAnnotator(n)}>
                {n}
              </button>
            ))}
          </div>
        )}
        <div className="modal-actions">
          {current !== null && (
            <button type="button" className="button" onClick={actions.closeDialog}>
              Cancel
            </button>
          )}
          <button type="submit" className="button primary">
            Start annotating
          </button>
        </div>
      </form>
    </Modal>
  );
}
