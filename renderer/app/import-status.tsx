import { CircleCheck, CircleX, LoaderCircle, X } from 'lucide-react';
import { useActions, useWorkspaceState } from './workspace-context';

/** Import progress ("Importing 2 of 5…") and then one line per file: imported, or why not. */
export function ImportStatus() {
  const actions = useActions();
  const imports = useWorkspaceState((s) => s.imports);
  if (!imports) return null;
  const failed = imports.results.filter((r) => !r.ok).length;
  return (
    <section className="import-status" aria-label="Import">
      <div className="import-head">
        {imports.running ? (
          <p role="status">
            <LoaderCircle aria-hidden="true" size={16} className="spin" />
            Importing {Math.min(imports.done + 1, imports.total)} of {imports.total}…
          </p>
        ) : (
          <p role="status">
            Imported {imports.total - failed} of {imports.total} {imports.total === 1 ? 'file' : 'files'}
            {failed > 0 ? `; ${failed} not imported` : ''}.
          </p>
        )}
        {!imports.running && (
          <button type="button" className="icon-button small" aria-label="Close import results" onClick={actions.dismissImports}>
            <X aria-hidden="true" size={15} />
          </button>
        )}
      </div>
      {imports.results.length > 0 && (
        <ul className="import-results">
          {imports.results.map((r, i) => (
            <li key={`${r.fileName}-${i}`} className={r.ok ? 'ok' : 'failed'}>
              {r.ok ? <CircleCheck aria-label="Imported" size={15} /> : <CircleX aria-label="Not imported" size={15} />}
              <span className="import-file">{r.fileName}</span>
              <span className="import-message">{r.message}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
