export { ExportProvider, useExporter } from './export-context';
export { exportSlots } from './export-slots';
export { ExportHost } from './export-host';
export { createExporter, type Exporter } from './export-store';
