import type { Api } from '../../shared/api';
import { type AgreementInput, agreementReport, formatAgreementTable } from '../../shared/agreement';
import { StudyError } from '../../shared/errors';
import { type SpanMatch, matchSpans, matchSummary, reviewLinks, spanOf } from '../../shared/review';
import { type Command, type Values, emit, str } from './command';
import { clip, printable, table } from './format';

/**
 * The review commands: `agreement` (κ, α, αu, span and link F1 between
 * annotators) and `review` (their spans matched, with the disagreements).
 * Both read every tag set through the same service as the app.
 */

const SCOPE_OPTIONS = { annotators: { type: 'string' }, article: { type: 'string' } } as const;

/** The annotators asked for (`--annotators a,b`), checked against the study; all of them when absent. */
function annotatorsOf(values: Values, known: readonly string[]): string[] {
  const raw = str(values, 'annotators');
  if (raw === undefined) return [...known];
  const names = [...new Set(raw.split(',').map((n) => n.trim()).filter(Boolean))];
  const unknown = names.filter((n) => !known.includes(n));
  if (unknown.length > 0) {
    throw new StudyError('bad-input', `--annotators: ${unknown.map((n) => `"${n}"`).join(', ')} ${unknown.length === 1 ? 'has' : 'have'} no tag set in this study (annotators: ${known.join(', ') || 'none'})`, { field: 'annotators' });
  }
  return names;
}

/** Everything a report or a review is computed from, for the annotators and article asked for. */
async function gather(service: Api, dir: string, values: Values, atLeast: number): Promise<AgreementInput & { titles: Map<string, string> }> {
  await service.openStudy({ dir });
  const annotators = annotatorsOf(values, await service.listAnnotators({}));
  if (annotators.length < atLeast) {
    throw new StudyError('bad-input', `Agreement needs at least two annotators; ${annotators.length === 0 ? 'this study has none' : `only ${annotators.join(', ')} ${annotators.length === 1 ? 'was' : 'were'} given`}`, { field: 'annotators' });
  }
  const articles = await service.listArticles({});
  const articleId = str(values, 'article');
  if (articleId !== undefined && !articles.some((a) => a.id === articleId)) {
    throw new StudyError('not-found', `--article: no article with id ${articleId} in this study`, { field: 'article' });
  }
  const wanted = new Set(annotators);
  const annotations = (await service.listAnnotations(articleId ? { articleId } : {})).filter((a) => wanted.has(a.annotator));
  if (articleId !== undefined && annotations.length === 0) {
    throw new StudyError('bad-input', `Nobody of ${annotators.join(', ')} tagged article ${articleId}`, { field: 'article' });
  }
  const links = (await service.listLinks({})).filter((l) => wanted.has(l.annotator));
  return {
    spans: annotations.map(spanOf),
    links,
    annotators,
    articleLengths: Object.fromEntries(articles.map((a) => [a.id, a.chars])),
    ...(articleId ? { articleId } : {}),
    titles: new Map(articles.map((a) => [a.id, `${a.outletName} · ${a.title}`])),
  };
}

function describe(match: SpanMatch): string {
  if (match.kind === 'only-one') return `only ${match.spans[0]?.annotator ?? '?'}`;
  const parts = [match.kind === 'same-span' ? 'same span' : 'overlapping'];
  if (!match.categoryAgrees) parts.push('category differs');
  else if (!match.labelAgrees) parts.push('label differs');
  if (match.missing.length > 0) parts.push(`not tagged by ${match.missing.join(', ')}`);
  return parts.join('; ');
}

/** `review`: each match as one row per span, disagreements first. */
function reviewRows(matches: readonly SpanMatch[], text: (articleId: string, start: number, end: number) => string): (string | number)[][] {
  const disagrees = (m: SpanMatch) => m.kind !== 'same-span' || !m.categoryAgrees || !m.labelAgrees || m.missing.length > 0;
  const ordered = [...matches].sort((a, b) => Number(disagrees(b)) - Number(disagrees(a)) || a.articleId.localeCompare(b.articleId) || a.start - b.start);
  return ordered.flatMap((m, i) =>
    m.spans.map((s, j) => [j === 0 ? i + 1 : '', j === 0 ? describe(m) : '', s.annotator, s.category + (s.label ? `/${s.label}` : ''), s.start, s.end, clip(text(s.articleId, s.start, s.end), 50)]),
  );
}

export const REVIEW_COMMANDS: Record<string, Command> = {
  agreement: {
    usage: 'agreement <dir> [--annotators a,b,...] [--article ID]',
    options: SCOPE_OPTIONS,
    positionals: { min: 1, max: 1 },
    async run({ service, args, values, json, io }) {
      const { titles: _titles, ...input } = await gather(service, args[0]!, values, 2);
      const report = agreementReport(input);
      if (!report.ok) throw new StudyError('bad-input', report.reason);
      emit({ json, io }, report.value, () => printable(formatAgreementTable(report.value)));
    },
  },
  review: {
    usage: 'review <dir> --annotators a,b[,...] [--article ID]',
    options: SCOPE_OPTIONS,
    positionals: { min: 1, max: 1 },
    async run({ service, args, values, json, io }) {
      if (str(values, 'annotators') === undefined) throw new StudyError('bad-input', '--annotators is required, e.g. --annotators alice,bob', { field: 'annotators' });
      const input = await gather(service, args[0]!, values, 2);
      const matches = matchSpans(input.spans, input.annotators);
      const links = reviewLinks(input.links, matches, input.annotators);
      const summary = matchSummary(matches);
      const texts = new Map<string, string>();
      for (const id of new Set(matches.map((m) => m.articleId))) texts.set(id, (await service.getArticle({ articleId: id })).text);
      const quote = (articleId: string, start: number, end: number) => texts.get(articleId)?.slice(start, end) ?? '';
      emit({ json, io }, { annotators: input.annotators, summary, matches, links }, () =>
        printable(
          [
            `Review of ${input.annotators.join(', ')}: ${matches.length} matches — ${summary['same-span']} same span, ${summary.overlapping} overlapping, ${summary['only-one']} by one annotator only; category differs in ${summary.categoryDiffers}, label in ${summary.labelDiffers}`,
            '',
            matches.length === 0 ? 'Nothing to review: none of them tagged anything here.' : table(['#', 'match', 'annotator', 'tag', 'start', 'end', 'quote'], reviewRows(matches, quote)),
            '',
            links.length === 0
              ? 'Links: none.'
              : `Links:\n${links.map((l) => `  ${l.annotator}: "${clip(l.link.label, 50)}" (${l.link.members.length} members)${l.sharedWith.length ? ` — shares spans with ${l.sharedWith.map((s) => `${s.annotator} (${s.sharedMatches.length})`).join(', ')}` : ''}`).join('\n')}`,
          ].join('\n'),
        ),
      );
    },
  },
};
