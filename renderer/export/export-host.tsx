import { useEffect } from 'react';
import { hasMenuBridge } from '../../shared/menu';
import { useExportState, useExporter } from './export-context';
import { ExportDialog } from './export-dialog';

/** Mounts the Export dialog when it is open, and opens it from the Electron File menu ("Export…"). */
export function ExportHost() {
  const exporter = useExporter();
  const open = useExportState((s) => s.open);
  useEffect(() => {
    const bridge: unknown = window.studio;
    if (!hasMenuBridge(bridge)) return;
    return bridge.onMenu((command) => {
      if (command === 'export') exporter.open();
    });
  }, [exporter]);
  return open ? <ExportDialog /> : null;
}
