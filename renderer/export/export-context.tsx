import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { ExportState, Exporter } from './export-store';

const ExportContext = createContext<Exporter | null>(null);

/** Makes the exporter available to the header button and the dialog. */
export function ExportProvider({ exporter, children }: { exporter: Exporter; children: ReactNode }) {
  return <ExportContext.Provider value={exporter}>{children}</ExportContext.Provider>;
}

export function useExporter(): Exporter {
  const exporter = useContext(ExportContext);
  if (!exporter) throw new Error('useExporter needs an ExportProvider above it (see renderer/main.tsx)');
  return exporter;
}

/** Reads one slice of the export state; the selector must return a value from the state or a primitive. */
export function useExportState<T>(selector: (state: ExportState) => T): T {
  const { store } = useExporter();
  return useSyncExternalStore(store.subscribe, () => selector(store.get()));
}
