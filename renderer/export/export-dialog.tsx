import { CircleCheck, CircleExclamationPoint, Download, LoaderCircle } from 'lucide-react';
import { useEffect } from 'react';
import { Modal, useWorkspaceState } from '../app';
import { useExportState, useExporter } from './export-context';
import { FORMAT_CHOICES } from './export-store';

/**
 * "Export…": pick a format and whose tags, then the file downloads. The
 * status line says what is happening and which file was saved.
 */
export function ExportDialog() {
  const exporter = useExporter();
  const format = useExportState((s) => s.format);
  const scope = useExportState((s) => s.scope);
  const phase = useExportState((s) => s.phase);
  const message = useExportState((s) => s.message);
  const annotator = useWorkspaceState((s) => s.study?.annotator ?? null);
  const mineScope = scope === 'mine' && annotator !== null;
  useModalOwnsKeyboard();

  return (
    <Modal title="Export" onClose={exporter.close} className="export-dialog">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void exporter.run(annotator);
        }}
      >
        <fieldset className="export-choices">
          <legend className="field-name">Format</legend>
          {FORMAT_CHOICES.map((choice) => (
            <label key={choice.format} className="export-choice">
              <input
                type="radio"
                name="export-format"
                value={choice.format}
                checked={format === choice.format}
                onChange={() => exporter.choose({ format: choice.format })}
              />
              <span>
                <span className="export-choice-name">{choice.name}</span>
                <span className="export-choice-hint">{choice.hint}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <fieldset className="export-choices">
          <legend className="field-name">Tags from</legend>
          <label className="export-choice">
            <input
              type="radio"
              name="export-scope"
              value="mine"
              checked={mineScope}
              disabled={annotator === null}
              onChange={() => exporter.choose({ scope: 'mine' })}
            />
            <span className="export-choice-name">{annotator ? `My tag set (${annotator})` : 'My tag set (set who is annotating first)'}</span>
          </label>
          <label className="export-choice">
            <input type="radio" name="export-scope" value="all" checked={!mineScope} onChange={() => exporter.choose({ scope: 'all' })} />
            <span className="export-choice-name">All annotators</span>
          </label>
        </fieldset>
        <p className={`export-status ${phase}`} role="status">
          {phase === 'preparing' && <LoaderCircle aria-hidden="true" size={16} className="spin" />}
          {phase === 'saved' && <CircleCheck aria-hidden="true" size={16} />}
          {phase === 'failed' && <CircleExclamationPoint aria-hidden="true" size={16} />}
          <span>{message ?? ''}</span>
        </p>
        <div className="modal-actions">
          <button type="button" className="button" onClick={exporter.close} disabled={phase === 'preparing'}>
            {phase === 'saved' ? 'Done' : 'Cancel'}
          </button>
          <button type="submit" className="button primary" disabled={phase === 'preparing'} autoFocus>
            <Download aria-hidden="true" size={16} />
            Export
          </button>
        </div>
      </form>
    </Modal>
  );
}

/**
 * While the dialog is open, workspace keys (1/2/3, Delete, J/K…) must not
 * act on the article behind it. Stopping keydown at the window's capture
 * phase keeps it from every page listener; the browser's own handling
 * (Tab, arrows between radios, Enter, Esc to close) still happens.
 */
function useModalOwnsKeyboard(): void {
  useEffect(() => {
    const stop = (event: KeyboardEvent) => event.stopPropagation();
    window.addEventListener('keydown', stop, true);
    return () => window.removeEventListener('keydown', stop, true);
  }, []);
}
