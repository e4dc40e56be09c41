import { forwardRef } from 'react';
import { IMPORT_EXTENSIONS } from './state/workspace-study-actions';

/** The hidden file input behind "Import articles" (several files at once). */
export const FilePicker = forwardRef<HTMLInputElement, { onFiles(files: File[]): void }>(function FilePicker({ onFiles }, ref) {
  return (
    <input
      ref={ref}
      type="file"
      className="visually-hidden"
      tabIndex={-1}
      aria-hidden="true"
      multiple
      accept={IMPORT_EXTENSIONS.join(',')}
      onChange={(event) => {
        const files = Array.from(event.target.files ?? []);
        // Reset so choosing the same file again still fires a change.
        event.target.value = '';
        if (files.length) onFiles(files);
      }}
    />
  );
});
