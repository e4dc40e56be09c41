export { ExportProvider, useExporter } from './export-context';
export { ExportHost } from './export-host';
export { createExporter, type Exporter } from './export-store';
