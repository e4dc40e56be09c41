import type { Api, Output } from '../../shared/api';
import type { ExportFormat } from '../../shared/export/types';
import { errorNotice, Store } from '../app';
import { saveDownload } from './download';

/**
 * The Export dialog's state and its one action: ask the service for the
 * file, then hand it to the browser as a download. Kept out of the
 * components so the flow is tested without a DOM.
 */

export type ExportScope = 'mine' | 'all';

export interface ExportState {
  open: boolean;
  format: ExportFormat;
  scope: ExportScope;
  phase: 'idle' | 'preparing' | 'saved' | 'failed';
  /** What the status line says: progress, the saved file, or what went wrong. */
  message: string | null;
}

export const FORMAT_CHOICES: { format: ExportFormat; name: string; hint: string; progress: string }[] = [
  { format: 'csv', name: 'Spreadsheet (CSV)', hint: 'One row per annotation, for Excel or a script.', progress: 'Preparing spreadsheet…' },
  { format: 'html', name: 'Report (HTML)', hint: 'Linked facts side by side with conflicts and coverage; opens in any browser and prints.', progress: 'Preparing report…' },
  { format: 'json', name: 'Data (JSON)', hint: 'Everything: articles, annotations, links and comparisons.', progress: 'Preparing data…' },
];

export type ExportedFile = Output<'exportStudy'>;

function initialState(): ExportState {
  return { open: false, format: 'html', scope: 'mine', phase: 'idle', message: null };
}

/** Creates the exporter; `save` is the download step (a fake in tests). */
export function createExporter(api: Api, save: (file: ExportedFile) => void = saveDownload) {
  const store = new Store<ExportState>(initialState());

  return {
    store,
    /** Opens the dialog with the last choices and a clear status line. */
    open(): void {
      store.set({ open: true, phase: 'idle', message: null });
    },
    close(): void {
      if (store.get().phase === 'preparing') return;
      store.set({ open: false });
    },
    choose(choice: Partial<Pick<ExportState, 'format' | 'scope'>>): void {
      store.set({ ...choice, phase: 'idle', message: null });
    },
    /** Exports the chosen format; "my tag set" needs the current annotator, else everyone is exported. */
    async run(annotator: string | null): Promise<void> {
      const { format, scope, phase } = store.get();
      if (phase === 'preparing') return;
      store.set({ phase: 'preparing', message: FORMAT_CHOICES.find((c) => c.format === format)!.progress });
      try {
        const file = await api.exportStudy({ format, ...(scope === 'mine' && annotator ? { annotator } : {}) });
        save(file);
        store.set({ phase: 'saved', message: `Saved ${file.fileName}` });
      } catch (error) {
        store.set({ phase: 'failed', message: errorNotice(error).message });
      }
    },
  };
}

export type Exporter = ReturnType<typeof createExporter>;
