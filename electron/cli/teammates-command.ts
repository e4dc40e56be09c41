import path from 'node:path';
import { StudyError } from '../../shared/errors';
import { table } from './format';
import type { Command } from './command';

/**
 * `teammates <dir> add <file-or-study-dir>... [--annotator ME]` brings
 * teammates' tag sets into a study (every file checked first; nothing written
 * on any error); `teammates <dir> list` shows the study's tag sets.
 * --annotator names who I am, so my own name is refused and my tag set left alone.
 */

type Values = Record<string, string | boolean | string[] | undefined>;
const str = (v: Values, key: string): string | undefined => (typeof v[key] === 'string' ? (v[key] as string) : undefined);

const STATUS_WORDS: Record<string, string> = {
  added: 'added',
  updated: 'updated (newer)',
  unchanged: 'unchanged',
  'kept-newer': 'kept ours (newer)',
  conflict: 'conflict: both kept',
  'skipped-own': 'skipped (your own name)',
};

export const TEAMMATES_COMMANDS: Record<string, Command> = {
  teammates: {
    usage: 'teammates <dir> add <tagset.json|study-dir>... [--annotator ME] | teammates <dir> list',
    options: { annotator: { type: 'string' } },
    positionals: { min: 2 },
    async run({ service, args, values, json, io }) {
      const [dir, action, ...paths] = args as [string, string, ...string[]];
      if (action !== 'add' && action !== 'list') {
        throw new StudyError('bad-input', `teammates: unknown action "${action}"; use "add" or "list"`, { field: 'action' });
      }
      if (action === 'add' && paths.length === 0) throw new StudyError('bad-input', 'teammates add: give at least one tag set file or study folder', { field: 'paths' });
      if (action === 'list' && paths.length > 0) throw new StudyError('bad-input', 'teammates list takes no more arguments', { field: 'paths' });
      await service.openStudy({ dir });
      const me = str(values, 'annotator');
      if (me) await service.setAnnotator({ name: me });
      if (action === 'list') {
        const rows = await service.listTagSets({});
        if (json) io.out(JSON.stringify(rows, null, 2));
        else if (rows.length === 0) io.out('No tag sets yet.');
        else io.out(table(['annotator', 'kind', 'annotations', 'links', 'updated', 'file'], rows.map((r) => [r.annotator, r.kind, r.annotations, r.links, r.updatedAt ?? '', r.file])));
        return;
      }
      const { results } = await service.importTeammates({ paths: paths.map((p) => path.resolve(p)) });
      if (json) {
        io.out(JSON.stringify(results, null, 2));
        return;
      }
      const rows = results.map((r) => [
        r.annotator,
        STATUS_WORDS[r.status] ?? r.status,
        r.annotations,
        r.links,
        r.remapped,
        r.savedAs ?? '',
        path.relative(process.cwd(), r.source) || r.source,
      ]);
      io.out(table(['annotator', 'result', 'annotations', 'links', 'remapped', 'saved as', 'from'], rows));
    },
  },
};
