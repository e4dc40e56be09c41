import { compareMembers } from '../../compare/compare-members';
import { presetCodebook, type Annotation, type Link } from '../../model';
import type { ExportArticle, ExportInput } from '../types';

/**
 * A small study for the export tests: two outlets reporting one figure
 * differently, a hostile note and label, and a link with its comparison.
 */

export const HOSTILE_NOTE = '<script>alert(1)</script> "><img src=x onerror=alert(2)> & \'quoted\'';

const okazText = 'Talks stall in Cairo\n\nMore than 100 fighters remain trapped in tunnels, officials said. Mediators met on Monday.';
const paraText = 'Ceasefire deal in doubt\n\nThere are approximately 200 fighters in tunnels beneath Rafah, according to Israeli media.';

export const ARTICLES: ExportArticle[] = [
  {
    id: 'art-para',
    outletId: 'parapolitika',
    title: 'Ceasefire deal in doubt',
    url: 'https://en.parapolitika.gr/?p=92262',
    text: paraText,
    blocks: [
      { start: 0, end: 23, boilerplate: null },
      { start: 25, end: paraText.length, boilerplate: null },
    ],
  },
  {
    id: 'art-okaz',
    outletId: 'okaz',
    title: 'Talks stall in Cairo',
    url: 'javascript:alert(3)',
    publishedAt: '2025-11',
    text: okazText,
    blocks: [
      { start: 0, end: 20, boilerplate: null },
      { start: 22, end: okazText.length, boilerplate: null },
    ],
  },
];

function annotation(id: string, articleId: string, text: string, quote: string, extra: Partial<Annotation> = {}): Annotation {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`fixture quote not found: ${quote}`);
  return {
    id,
    articleId,
    annotator: 'Alice',
    category: 'claim',
    note: '',
    createdAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-20T10:00:00.000Z',
    position: { start, end: start + quote.length },
    quote: { exact: quote, prefix: text.slice(Math.max(0, start - 10), start), suffix: text.slice(start + quote.length, start + quote.length + 10) },
    ...extra,
  };
}

export const OKAZ_SPAN = 'More than 100 fighters remain trapped in tunnels';
export const PARA_SPAN = 'approximately 200 fighters in tunnels beneath Rafah';

export const ANNOTATIONS: Annotation[] = [
  annotation('an-para', 'art-para', paraText, PARA_SPAN, { label: 'numeric', note: HOSTILE_NOTE }),
  annotation('an-okaz', 'art-okaz', okazText, OKAZ_SPAN, { label: 'numeric', note: '=HYPERLINK("http://evil","x"), "fine"\nsecond line' }),
  annotation('an-source', 'art-para', paraText, 'according to Israeli media', { category: 'attribution', label: 'media-report' }),
];

export const LINK: Link = {
  id: 'ln-fighters',
  annotator: 'Alice',
  label: 'Fighters in the Rafah tunnels <b>',
  kind: 'same-claim',
  members: ['an-okaz', 'an-para'],
  note: 'Figures differ "><svg onload=alert(4)>',
  createdAt: '2026-11-20T10:05:00.000Z',
  updatedAt: '2026-11-20T10:05:00.000Z',
};

/** The comparison the service would compute for LINK. */
export function fixtureComparison() {
  const texts: Record<string, string> = { 'art-okaz': okazText, 'art-para': paraText };
  const outlets: Record<string, string> = { 'art-okaz': 'Okaz', 'art-para': 'Parapolitika' };
  return compareMembers(
    LINK.members.map((id) => {
      const a = ANNOTATIONS.find((x) => x.id === id)!;
      const text = texts[a.articleId]!;
      return {
        id: a.id,
        articleId: a.articleId,
        outletName: outlets[a.articleId]!,
        text: a.quote.exact,
        sentence: a.quote.exact,
        articleText: text,
        start: a.position.start,
        end: a.position.end,
        attributions: [],
      };
    }),
  );
}

/** The fixture study as the service would hand it to the renderers. */
export function fixtureInput(overrides: Partial<ExportInput> = {}): ExportInput {
  return {
    study: {
      name: 'Gaza ceasefire',
      outlets: [
        { id: 'okaz', name: 'Okaz' },
        { id: 'parapolitika', name: 'Parapolitika', description: 'Greek, English edition' },
        { id: 'absent', name: 'Absent Outlet' },
      ],
      codebook: presetCodebook(),
    },
    articles: ARTICLES,
    tagSets: [{ annotator: 'Alice', annotations: ANNOTATIONS, links: [LINK] }],
    comparisons: { [LINK.id]: fixtureComparison() },
    exportedAt: '2026-11-22T09:30:00.000Z',
    ...overrides,
  };
}
