import type { Api } from '../../shared/api';
import { StudyError } from '../../shared/errors';
import { LINK_KINDS, type LinkKind } from '../../shared/model';
import { clip, table } from './format';
import { type Command, emit, numberOption, str } from './command';

/** The comparison commands: link, compare, suggest, align, terms. Same service, same rules as the rest of the CLI. */

/** The annotator who owns an annotation, so `link` works without naming one. */
async function ownerOf(service: Api, annotationId: string): Promise<string> {
  const all = await service.listAnnotations({});
  const found = all.find((a) => a.id === annotationId);
  if (!found) throw new StudyError('not-found', `Unknown annotation id ${annotationId}`, { field: 'annotationIds' });
  return found.annotator;
}

export const COMPARE_COMMANDS: Record<string, Command> = {
  link: {
    usage: 'link <dir> <annotationId>... [--label L] [--kind same-claim|same-referent|contradicts|custom] [--annotator NAME]',
    options: { label: { type: 'string' }, kind: { type: 'string' }, annotator: { type: 'string' }, note: { type: 'string' } },
    positionals: { min: 2 },
    async run({ service, args, values, json, io }) {
      const [dir, ...ids] = args as [string, ...string[]];
      const kind = str(values, 'kind');
      if (kind !== undefined && !(LINK_KINDS as readonly string[]).includes(kind)) {
        throw new StudyError('bad-input', `--kind must be one of ${LINK_KINDS.join(', ')}; got "${kind}"`, { field: 'kind' });
      }
      if (ids.length < 2) throw new StudyError('bad-input', 'A link needs at least two annotations', { field: 'annotationIds' });
      await service.openStudy({ dir });
      await service.setAnnotator({ name: str(values, 'annotator') ?? (await ownerOf(service, ids[0]!)) });
      const label = str(values, 'label');
      const note = str(values, 'note');
      const link = await service.link({ annotationIds: ids, ...(label ? { label } : {}), ...(kind ? { kind: kind as LinkKind } : {}), ...(note ? { note } : {}) });
      emit({ json, io }, link, () => `${link.id}  ${link.kind}  "${clip(link.label, 60)}"  ${link.members.length} members  by ${link.annotator}`);
    },
  },
  compare: {
    usage: 'compare <dir> <linkId>',
    options: {},
    positionals: { min: 2, max: 2 },
    async run({ service, args, json, io }) {
      await service.openStudy({ dir: args[0]! });
      const { link, comparison } = await service.compareLink({ linkId: args[1]! });
      emit({ json, io }, { link, ...comparison }, () => {
        const lines = [`${link.label} (${link.kind}, ${comparison.members.length} outlets)`, ''];
        lines.push(comparison.conflicts.length ? comparison.conflicts.map((c) => `! ${c.message}`).join('\n') : 'No conflicts found.');
        comparison.members.forEach((m, i) => {
          lines.push('', `[${m.outletName}] ${clip(m.text, 100)}`);
          const words = comparison.wording.diffs[i] ?? [];
          if (i !== comparison.wording.base && words.some((w) => w.op !== 'same')) {
            lines.push(`  wording: ${words.map((w) => (w.op === 'same' ? w.text : w.op === 'added' ? `{+${w.text}+}` : `[-${w.text}-]`)).join('')}`);
          }
          if (m.quantities.length) lines.push(`  numbers: ${m.quantities.map((q) => `${q.text} (${q.min}–${q.max === null || q.max > 1e15 ? '∞' : q.max})`).join('; ')}`);
          if (m.times.length) lines.push(`  times: ${m.times.map((t) => t.text + (t.iso ? ` (${t.iso})` : '')).join('; ')}`);
          if (m.actors.length) lines.push(`  actors: ${[...new Set(m.actors.map((a) => a.canonical))].join(', ')}`);
          lines.push(`  source: ${m.source.kind}${m.source.text ? ` — ${m.source.text}` : ''}`);
          if (m.distinctive.length) lines.push(`  only here: ${m.distinctive.map((d) => d.text).join(', ')}`);
        });
        return lines.join('\n');
      });
    },
  },
  suggest: {
    usage: 'suggest <dir> --article ID --quote TEXT [--occurrence N] [--top K]',
    options: { article: { type: 'string' }, quote: { type: 'string' }, occurrence: { type: 'string' }, top: { type: 'string' } },
    positionals: { min: 1, max: 1 },
    async run({ service, args, values, json, io }) {
      for (const key of ['article', 'quote']) {
        if (str(values, key) === undefined) throw new StudyError('bad-input', `--${key} is required`, { field: key });
      }
      const top = numberOption(values, 'top', 1, 20, true);
      const occurrence = numberOption(values, 'occurrence', 1, 1e6, true);
      await service.openStudy({ dir: args[0]! });
      const list = await service.suggest({
        articleId: str(values, 'article')!,
        quote: str(values, 'quote')!,
        ...(top ? { top } : {}),
        ...(occurrence ? { occurrence } : {}),
      });
      emit({ json, io }, list, () =>
        list.length === 0
          ? 'No similar passages in other articles.'
          : table(
              ['score', 'outlet', 'article', 'start', 'end', 'text'],
              list.map((s) => [s.score.toFixed(3), clip(s.outletName, 22), s.articleId, s.start, s.end, clip(s.text, 70)]),
            ),
      );
    },
  },
  align: {
    usage: 'align <dir> [--min-score S] [--limit N]',
    options: { 'min-score': { type: 'string' }, limit: { type: 'string' } },
    positionals: { min: 1, max: 1 },
    async run({ service, args, values, json, io }) {
      const minScore = numberOption(values, 'min-score', 0, 1, false);
      const limit = numberOption(values, 'limit', 1, 5000, true);
      await service.openStudy({ dir: args[0]! });
      const pairs = await service.align({ ...(minScore !== undefined ? { minScore } : {}), ...(limit ? { limit } : {}) });
      emit({ json, io }, pairs, () =>
        pairs.length === 0
          ? 'No sentences align across outlets.'
          : pairs.map((p) => `${p.score.toFixed(3)}  [${p.a.outletName}] ${clip(p.a.text, 60)}\n       [${p.b.outletName}] ${clip(p.b.text, 60)}`).join('\n'),
      );
    },
  },
  terms: {
    usage: 'terms <dir> <linkId>',
    options: {},
    positionals: { min: 2, max: 2 },
    async run({ service, args, json, io }) {
      await service.openStudy({ dir: args[0]! });
      const t = await service.terms({ linkId: args[1]! });
      emit({ json, io }, t, () =>
        table(
          ['term', ...t.articles.map((a) => clip(a.outletName, 16)), 'total'],
          t.rows.map((r) => [r.term, ...r.counts, r.total]),
        ),
      );
    },
  },
};
