import { stat } from 'node:fs/promises';
import path from 'node:path';
import { StudyError } from '../../shared/errors';
import { EXPORT_FORMATS, type ExportFormat } from '../../shared/export/types';
import { writeFileAtomic } from '../store/atomic-write';
import { type Command, type Values, str } from './command';

/**
 * `export <dir> --format csv|links-csv|json|html|md|w3c|qdpx [--annotator NAME] [--out FILE]`:
 * the same files the app's Export dialog saves. With --out the file is
 * written atomically (temp file, fsync, rename), so a reader never sees half
 * a report; without it the content goes to stdout, byte for byte (a binary
 * .qdpx needs --out).
 */


function formatOf(values: Values): ExportFormat {
  const format = str(values, 'format');
  if (format === undefined) throw new StudyError('bad-input', `--format is required: ${EXPORT_FORMATS.join(', ')}`, { field: 'format' });
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw new StudyError('bad-input', `--format must be one of ${EXPORT_FORMATS.join(', ')}; got "${format}"`, { field: 'format' });
  }
  return format as ExportFormat;
}

/** Where --out points: a folder (the file goes inside, under its export name) or a file in an existing folder. */
async function target(out: string, fileName: string): Promise<string> {
  const resolved = path.resolve(out);
  const info = await stat(resolved).catch(() => null);
  if (info?.isDirectory()) return path.join(resolved, fileName);
  const folder = path.dirname(resolved);
  const parent = await stat(folder).catch(() => null);
  if (!parent?.isDirectory()) throw new StudyError('bad-input', `Cannot write ${out}: the folder ${folder} does not exist`, { field: 'out' });
  return resolved;
}

export const EXPORT_COMMANDS: Record<string, Command> = {
  export: {
    usage: `export <dir> --format ${EXPORT_FORMATS.join('|')} [--annotator NAME] [--out FILE]`,
    options: { format: { type: 'string' }, annotator: { type: 'string' }, out: { type: 'string' } },
    positionals: { min: 1, max: 1 },
    async run({ service, args, values, json, io }) {
      const format = formatOf(values);
      const annotator = str(values, 'annotator');
      const out = str(values, 'out');
      if (out === undefined && format === 'qdpx') throw new StudyError('bad-input', 'A .qdpx is a binary zip: give --out FILE (or a folder) to save it', { field: 'out' });
      await service.openStudy({ dir: args[0]! });
      const file = await service.exportStudy({ format, ...(annotator !== undefined ? { annotator } : {}) });
      const data = file.encoding === 'base64' ? Buffer.from(file.content, 'base64') : file.content;
      const bytes = typeof data === 'string' ? Buffer.byteLength(data, 'utf8') : data.length;
      if (out === undefined) {
        if (json) io.out(JSON.stringify({ fileName: file.fileName, bytes, path: null, content: file.content }, null, 2));
        // io.out ends the text with a newline; drop the file's own so stdout carries the file exactly.
        else io.out(file.content.endsWith('\n') ? file.content.slice(0, -1) : file.content);
        return;
      }
      const where = await target(out, file.fileName);
      try {
        await writeFileAtomic(where, data);
      } catch (error) {
        throw new StudyError('io', `Could not write ${where}: ${(error as Error).message}`, { field: 'out' });
      }
      io.out(json ? JSON.stringify({ fileName: file.fileName, bytes, path: where }, null, 2) : `Saved ${where} (${bytes} bytes)`);
    },
  },
};
