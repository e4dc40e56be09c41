import type { WorkspaceSlots } from '../app';
import { ExportHost } from './export-host';
import type { Exporter } from './export-store';

/** What export plugs into the workspace: the Export action (Ctrl+E, the header button) and its dialog. */
export function exportSlots(exporter: Exporter): WorkspaceSlots {
  return {
    intercept(action) {
      if (action !== 'export') return false;
      exporter.open();
      return true;
    },
    Overlays: ExportHost,
  };
}
