// What renderer/main.tsx needs to plug export into the workspace.
export { ExportProvider } from './export-context';
export { exportSlots } from './export-slots';
export { createExporter, type Exporter } from './export-store';
