import type { Api, Output } from '../../shared/api';
import type { ExportFormat } from '../../shared/export/types';
import { errorNotice, Store } from '../app';
import { saveDownload } from './download';
import { formatChoice, withExcelBom } from './export-formats';

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
  /** Start CSV files with a byte-order mark so Excel reads accents and quotes right. */
  excelBom: boolean;
  phase: 'idle' | 'preparing' | 'saved' | 'failed';
  /** What the status line says: progress, the saved file, or what went wrong. */
  message: string | null;
}

export type ExportedFile = Output<'exportStudy'>;

function initialState(): ExportState {
  return { open: false, format: 'html', scope: 'mine', excelBom: true, phase: 'idle', message: null };
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
    choose(choice: Partial<Pick<ExportState, 'format' | 'scope' | 'excelBom'>>): void {
      store.set({ ...choice, phase: 'idle', message: null });
    },
    /**
     * Exports the chosen format; "my tag set" needs the current annotator,
     * else everyone is exported. After a save the dialog closes and the
     * answer is "Saved <file>" for the workspace's message bar; a failure
     * keeps the dialog open with the reason, and the answer is null.
     */
    async run(annotator: string | null): Promise<string | null> {
      const { format, scope, excelBom, phase } = store.get();
      if (phase === 'preparing') return null;
      store.set({ phase: 'preparing', message: formatChoice(format).progress });
      try {
        const file = await api.exportStudy({ format, ...(scope === 'mine' && annotator ? { annotator } : {}) });
        save(withExcelBom(file, format, excelBom));
        const message = `Saved ${file.fileName}`;
        store.set({ open: false, phase: 'saved', message });
        return message;
      } catch (error) {
        store.set({ phase: 'failed', message: errorNotice(error).message });
        return null;
      }
    },
  };
}

export type Exporter = ReturnType<typeof createExporter>;
