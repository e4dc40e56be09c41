import { Upload } from 'lucide-react';

/** Shown while files are dragged over the window. */
export function DropOverlay() {
  return (
    <div className="drop-overlay" aria-hidden="true">
      <div className="drop-card">
        <Upload size={28} />
        <p>Drop .txt, .md or .html files to import them</p>
      </div>
    </div>
  );
}
