import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ImportAnnotationsResult } from '../../shared/api';
import { StudyError } from '../../shared/errors';
import { type Command, emit, str } from './command';

/**
 * `import-annotations <dir> <file> [--annotator NAME] [--dry-run]`: brings in
 * annotations from W3C Web Annotation JSON-LD (.jsonld/.json), a Hypothesis
 * API export (.json with "rows") or a REFI-QDA project (.qdpx). Prints what
 * was placed, how, and every annotation or link that could not be.
 */

/** Larger files are refused before they are read (the service caps a .qdpx's unpacked size too). */
const MAX_FILE_BYTES = 100 * 1024 * 1024;

async function readExchangeFile(file: string): Promise<{ content: string; encoding: 'utf-8' | 'base64' }> {
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) throw new StudyError('bad-input', `Cannot read ${file}: no such file`, { field: 'file' });
  if (info.size > MAX_FILE_BYTES) throw new StudyError('bad-input', `${file} is ${Math.round(info.size / 1048576)} MB; the limit is 100 MB`, { field: 'file' });
  const bytes = await readFile(file);
  return /\.qdpx$/i.test(file) ? { content: bytes.toString('base64'), encoding: 'base64' } : { content: bytes.toString('utf8'), encoding: 'utf-8' };
}

/** The human summary of an import. */
export function importSummary(r: ImportAnnotationsResult): string {
  const placed = r.tagSets.reduce((n, t) => n + t.annotations, 0);
  const links = r.tagSets.reduce((n, t) => n + t.links, 0);
  const how = Object.entries(r.anchoredBy).filter(([, n]) => n > 0).map(([m, n]) => `${n} by ${m}`).join(', ');
  const lines = [
    `${r.dryRun ? 'Would import' : 'Imported'} ${placed} annotation${placed === 1 ? '' : 's'} and ${links} link${links === 1 ? '' : 's'} from a ${r.format} file${how ? ` (anchored ${how})` : ''}`,
    ...r.tagSets.map((t) => `  ${t.annotator}: ${t.annotations} annotations, ${t.links} links`),
    ...r.articles.map((a) => `  article ${a.id} "${a.title}" ${a.created ? (r.dryRun ? 'would be created' : 'created') : 'already in the study'}`),
    ...r.labelsAdded.map((l) => `  label ${l.category}/${l.id} "${l.name}" ${r.dryRun ? 'would be added' : 'added'} to the codebook`),
  ];
  if (r.unplaced.length) {
    lines.push(`Not placed (${r.unplaced.length}):`);
    for (const u of r.unplaced) lines.push(`  ${u.kind} ${u.sourceId}${u.quote ? ` "${u.quote.slice(0, 60)}"` : ''}: ${u.reason}`);
  }
  return lines.join('\n');
}

export const EXCHANGE_COMMANDS: Record<string, Command> = {
  'import-annotations': {
    usage: 'import-annotations <dir> <file.jsonld|hypothesis.json|file.qdpx> [--annotator NAME] [--dry-run]',
    options: { annotator: { type: 'string' }, 'dry-run': { type: 'boolean' } },
    positionals: { min: 2, max: 2 },
    async run(ctx) {
      const { service, args, values } = ctx;
      const file = path.resolve(args[1]!);
      const { content, encoding } = await readExchangeFile(file);
      const annotator = str(values, 'annotator');
      await service.openStudy({ dir: args[0]! });
      const result = await service.importAnnotations({
        fileName: path.basename(file),
        content,
        encoding,
        dryRun: values['dry-run'] === true,
        ...(annotator !== undefined ? { annotator } : {}),
      });
      emit(ctx, result, () => importSummary(result));
    },
  },
};
