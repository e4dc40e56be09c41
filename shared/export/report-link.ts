import type { Comparison, MemberComparison, TermTable } from '../compare/types';
import type { Annotation, Link } from '../model';
import { escapeHtml as esc } from './html-escape';
import { spanInSentence } from '../compare/span-context';
import type { ExportArticle } from './types';
import { LINK_KIND_NAMES, SOURCE_KIND_NAMES, plural } from './words';

/**
 * One linked fact in the report: its label and kind, the conflicts in plain
 * words, then a column per member with the span marked in its sentence, the
 * figures, times, actors and source found there, and its wording against
 * the reference member. Every string from the study goes through esc().
 */

export interface LinkSectionInput {
  index: number;
  link: Link;
  comparison: Comparison | undefined;
  /** For a same-referent link: each name's occurrences per article. */
  terms?: TermTable | undefined;
  annotations: ReadonlyMap<string, Annotation>;
  articles: ReadonlyMap<string, ExportArticle>;
  outletName(outletId: string | undefined): string;
  /** Show who made the link (when several annotators are in the report). */
  showAnnotator: boolean;
}

/** "3 numbers disagree: a / b" → headline "3 numbers disagree", detail "a / b". */
function splitMessage(message: string): { head: string; detail: string } {
  const colon = message.indexOf(':');
  return colon < 0 ? { head: message, detail: '' } : { head: message.slice(0, colon).trim(), detail: message.slice(colon + 1).trim() };
}

function badges(comparison: Comparison | undefined): string {
  if (!comparison) return '';
  // What could not be compared is said as such, never counted as agreement.
  const unchecked = (comparison.notCompared ?? []).map((n) => {
    const { head, detail } = splitMessage(n.message);
    return `<li class="badge none"><strong>${esc(head)}</strong>${esc(detail)}</li>`;
  });
  if (comparison.conflicts.length === 0 && unchecked.length === 0) return '<ul class="badges"><li class="badge none"><strong>No conflicts found</strong>figures, dates, actors and sources agree</li></ul>';
  const items = comparison.conflicts.map((c) => {
    const { head, detail } = splitMessage(c.message);
    return `<li class="badge ${esc(c.kind)}"><strong>${esc(head)}</strong>${esc(detail)}</li>`;
  }).concat(unchecked);
  return `<ul class="badges">${items.join('')}</ul>`;
}

function actorLine(comparison: Comparison | undefined): string {
  if (!comparison || (comparison.actors.shared.length === 0 && comparison.actors.differing.length === 0)) return '';
  const parts: string[] = [];
  if (comparison.actors.shared.length) parts.push(`Named by every outlet: ${esc(comparison.actors.shared.join(', '))}`);
  if (comparison.actors.differing.length) {
    const outletOf = new Map(comparison.members.map((m) => [m.id, m.outletName]));
    const named = comparison.actors.differing.map((d) => `${d.canonical} (${d.members.map((id) => outletOf.get(id) ?? id).join(', ')})`);
    parts.push(`Named by some: ${esc(named.join('; '))}`);
  }
  return `<p class="actors">${parts.join(' · ')}</p>`;
}

/** A figure with the counted noun that follows it in the article ("more than 100" → "more than 100 fighters"). */
function figureWords(q: MemberComparison['quantities'][number], text: string): string {
  const next = /^\s+([A-Za-z]+)/.exec(text.slice(q.end, q.end + 40));
  const withNoun = q.unit && next && next[1]!.toLowerCase().startsWith(q.unit.toLowerCase().slice(0, 4)) ? `${q.text} ${next[1]}` : q.text;
  const interval = q.min === q.max ? String(q.min) : `${q.min}–${q.max}`;
  return `${withNoun} (read as ${interval})`;
}

function facts(m: MemberComparison, article: ExportArticle | undefined): string {
  const rows: [string, string][] = [];
  if (m.quantities.length) rows.push(['Figures', m.quantities.map((q) => figureWords(q, article?.text ?? '')).join('; ')]);
  if (m.times.length) rows.push(['Times', m.times.map((t) => (t.iso ? `${t.text} (${t.iso})` : t.range ? `${t.text} (${t.range.from} to ${t.range.to})` : t.text)).join('; ')]);
  const actors = [...new Set(m.actors.map((a) => a.canonical))];
  if (actors.length) rows.push(['Actors', actors.join(', ')]);
  rows.push(['Source', `${SOURCE_KIND_NAMES[m.source.kind]}${m.source.text ? `: “${m.source.text}”` : ''}`]);
  if (m.distinctive.length) rows.push(['Only here', m.distinctive.map((d) => `“${d.text}”`).join(', ')]);
  return `<dl class="facts">${rows.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('')}</dl>`;
}

function wording(comparison: Comparison, i: number): string {
  const base = comparison.members[comparison.wording.base];
  if (i === comparison.wording.base) {
    return comparison.members.length > 1 ? '<p class="wording"><span class="caption">Reference wording</span>The other columns are compared with this one.</p>' : '';
  }
  const ops = comparison.wording.diffs[i] ?? [];
  if (!ops.some((o) => o.op !== 'same')) return `<p class="wording"><span class="caption">Wording</span>Same words as ${esc(base?.outletName ?? 'the reference')}.</p>`;
  const runs = ops.map((o) => (o.op === 'same' ? esc(o.text) : o.op === 'added' ? `<ins>${esc(o.text)}</ins>` : `<del>${esc(o.text)}</del>`));
  return `<p class="wording"><span class="caption">Wording against ${esc(base?.outletName ?? 'the reference')}</span>${runs.join('')}</p>`;
}

function memberColumn(
  annotation: Annotation | undefined,
  articleId: string,
  span: { start: number; end: number },
  input: LinkSectionInput,
  extra: string,
): string {
  const article = input.articles.get(articleId);
  const outlet = input.outletName(article?.outletId);
  const context = article ? spanInSentence(article.text, span.start, span.end) : { before: '', span: annotation?.quote.exact ?? '', after: '' };
  const category = annotation?.category ?? 'claim';
  const dated = article?.publishedAt ? ` · ${esc(article.publishedAt)}` : '';
  return [
    '<section class="member">',
    `<h4>${esc(outlet)}</h4>`,
    `<p class="headline">${esc(article?.title ?? 'Article not in this export')}${dated}</p>`,
    `<p class="context">${esc(context.before)}<mark class="${esc(category)}">${esc(context.span)}</mark>${esc(context.after)}</p>`,
    annotation?.note ? `<p class="member-note">Note: ${esc(annotation.note)}</p>` : '',
    extra,
    '</section>',
  ].join('');
}

/** How often each outlet's name for the referent occurs in each article (same-referent links). */
function termTable(terms: TermTable | undefined): string {
  if (!terms || terms.rows.length === 0) return '';
  const head = terms.articles.map((a) => `<th class="num">${esc(a.outletName)}</th>`).join('');
  const rows = terms.rows.map((r) => `<tr><td>${esc(r.term)}</td>${r.counts.map((n) => `<td class="num${n === 0 ? ' zero' : ''}">${n}</td>`).join('')}<td class="num">${r.total}</td></tr>`);
  return `<table class="terms"><caption>Names used for the referent (occurrences per article)</caption><thead><tr><th>Term</th>${head}<th class="num">Total</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/** Member indexes with the reference wording first, so each "wording against" column reads after what it is compared with. */
function referenceFirst(comparison: Comparison): number[] {
  const base = comparison.wording.base;
  const rest = comparison.members.map((_, i) => i).filter((i) => i !== base);
  return base < comparison.members.length ? [base, ...rest] : rest;
}

/** The report section for one link. */
export function linkSection(input: LinkSectionInput): string {
  const { link, comparison, index } = input;
  const columns = comparison
    ? referenceFirst(comparison).map((i) => {
        const m = comparison.members[i]!;
        return memberColumn(input.annotations.get(m.id), m.articleId, m, input, facts(m, input.articles.get(m.articleId)) + wording(comparison, i));
      })
    : link.members
        .map((id) => input.annotations.get(id))
        .filter((a): a is Annotation => a !== undefined)
        .map((a) => memberColumn(a, a.articleId, a.position, input, ''));
  const outlets = new Set(
    link.members.map((id) => input.articles.get(input.annotations.get(id)?.articleId ?? '')?.outletId).filter((o): o is string => !!o),
  );
  const meta = [LINK_KIND_NAMES[link.kind], plural(outlets.size, 'outlet'), input.showAnnotator ? `linked by ${link.annotator}` : ''].filter(Boolean);
  return [
    `<article class="link" id="link-${index}">`,
    `<div class="link-head"><span class="link-num">${index}</span><h3>${esc(link.label || 'Untitled link')}</h3></div>`,
    `<p class="link-meta">${esc(meta.join(' · '))}</p>`,
    link.note ? `<p class="link-note">${esc(link.note)}</p>` : '',
    badges(comparison),
    actorLine(comparison),
    columns.length ? `<div class="members">${columns.join('')}</div>` : '<p class="empty">None of this link’s annotations are in the export.</p>',
    termTable(input.terms),
    '</article>',
  ].join('\n');
}
