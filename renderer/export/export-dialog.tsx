import { CircleExclamationPoint, Download, LoaderCircle } from 'lucide-react';
import { useEffect, useRef, type RefObject } from 'react';
import { infoNotice, Modal, useWorkspace, useWorkspaceState } from '../app';
import { useExportState, useExporter } from './export-context';
import { FORMAT_CHOICES, isCsv } from './export-formats';

/**
 * "Export…": pick a format and whose tags, then the file downloads, the
 * dialog closes and the message bar says which file was saved. Enter saves.
 */
export function ExportDialog() {
  const exporter = useExporter();
  const workspace = useWorkspace();
  const format = useExportState((s) => s.format);
  const scope = useExportState((s) => s.scope);
  const excelBom = useExportState((s) => s.excelBom);
  const phase = useExportState((s) => s.phase);
  const message = useExportState((s) => s.message);
  const annotator = useWorkspaceState((s) => s.study?.annotator ?? null);
  const mineScope = scope === 'mine' && annotator !== null;
  const form = useRef<HTMLFormElement>(null);
  useModalOwnsKeyboard(form);

  return (
    <Modal title="Export" onClose={exporter.close} className="export-dialog">
      <form
        ref={form}
        onSubmit={(event) => {
          event.preventDefault();
          void exporter.run(annotator).then((saved) => {
            if (saved) workspace.store.set({ notice: infoNotice(saved) });
          });
        }}
      >
        <fieldset className="export-choices export-formats">
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
        {isCsv(format) && (
          <label className="export-option">
            <input type="checkbox" checked={excelBom} onChange={(event) => exporter.choose({ excelBom: event.target.checked })} />
            <span>For Excel (start the file with a byte-order mark so accents and quotes read right)</span>
          </label>
        )}
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
          {phase === 'failed' && <CircleExclamationPoint aria-hidden="true" size={16} />}
          <span>{phase === 'preparing' || phase === 'failed' ? message : 'Enter saves'}</span>
        </p>
        <div className="modal-actions">
          <button type="button" className="button" onClick={exporter.close} disabled={phase === 'preparing'}>
            Cancel
          </button>
          <button type="submit" className="button primary" disabled={phase === 'preparing'} autoFocus>
            <Download aria-hidden="true" size={16} />
            Save
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
 * (Tab, arrows between radios, Esc to close) still happens. Enter on a
 * radio or checkbox saves, as it does on the Save button.
 */
function useModalOwnsKeyboard(form: RefObject<HTMLFormElement | null>): void {
  useEffect(() => {
    const stop = (event: KeyboardEvent) => {
      event.stopPropagation();
      const target = event.target as HTMLElement | null;
      const plain = !event.shiftKey && !event.ctrlKey && !event.altKey && !event.metaKey && !event.isComposing;
      if (event.key === 'Enter' && plain && target instanceof HTMLInputElement && form.current?.contains(target)) {
        event.preventDefault();
        form.current.requestSubmit();
      }
    };
    window.addEventListener('keydown', stop, true);
    return () => window.removeEventListener('keydown', stop, true);
  }, [form]);
}
