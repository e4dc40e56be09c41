import { describe, expect, it } from 'vitest';
import type { Link } from '../model';
import type { ReviewSpan } from '../review';
import { cohensKappa } from './cohen';
import { FIGURE_EXPLANATIONS } from './explain';
import { fleissKappaOfRatings } from './fleiss';
import { krippendorffAlpha } from './krippendorff';
import { type AgreementInput, agreementReport } from './report';
import { agreementCsv, formatAgreementTable } from './report-format';

const span = (id: string, annotator: string, articleId: string, start: number, end: number, category: string, label?: string): ReviewSpan => ({
  id, annotator, articleId, start, end, category, ...(label === undefined ? {} : { label }),
});
const link = (id: string, annotator: string, members: string[]): Link => ({
  id, annotator, members, label: '', kind: 'same-claim', note: '', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z',
});
const value = <T>(f: { ok: true; value: T } | { ok: false; reason: string }): T => {
  if (!f.ok) throw new Error(f.reason);
  return f.value;
};

// Four units: same claim; framing with other boundaries and labels; an attribution only I tagged; a claim only Alice tagged.
const input: AgreementInput = {
  annotators: ['me', 'Doe, Jane'],
  spans: [
    span('m1', 'me', 'a1', 0, 10, 'claim'), span('j1', 'Doe, Jane', 'a1', 0, 10, 'claim'),
    span('m2', 'me', 'a1', 20, 30, 'framing', 'loaded term'), span('j2', 'Doe, Jane', 'a1', 22, 30, 'framing', 'morality'),
    span('m3', 'me', 'a2', 5, 15, 'attribution'),
    span('j4', 'Doe, Jane', 'a2', 30, 40, 'claim'),
  ],
  links: [link('L1', 'me', ['m1', 'm3']), link('L2', 'Doe, Jane', ['j1', 'j4'])],
  articleLengths: { a1: 100, a2: 50, a3: 40 },
};

describe('agreementReport', () => {
  const report = value(agreementReport(input));

  it('computes the pair figures by hand: κ = 1/3, F1 exact 1/3, overlap 2/3', () => {
    const [pair] = report.pairs;
    expect(pair).toMatchObject({ a: 'me', b: 'Doe, Jane' });
    // Units: (claim, claim), (framing, framing), (attribution, none), (none, claim): p_o = 1/2, p_e = 1/4.
    expect(value(pair!.cohensKappa)).toBeCloseTo(1 / 3, 12);
    expect(value(pair!.spanF1Exact)).toBeCloseTo(1 / 3, 12);
    expect(value(pair!.spanF1Overlap)).toBeCloseTo(2 / 3, 12);
    // Links: mine pair the claim in a1 with an attribution in a2, Jane's with a claim in a2: nothing shared.
    expect(value(pair!.linkF1)).toBe(0);
  });

  it('agrees with the metric functions on the same units', () => {
    const units = [['claim', 'claim'], ['framing', 'framing'], ['attribution', '(none)'], ['(none)', 'claim']];
    expect(value(report.overall.fleissKappa)).toBeCloseTo(value(fleissKappaOfRatings(units)).kappa, 12);
    expect(value(report.overall.krippendorffAlpha)).toBeCloseTo(value(krippendorffAlpha(units)).alpha, 12);
    expect(value(report.overall.cohensKappa)).toBeCloseTo(value(cohensKappa(units as [string, string][])).kappa, 12);
    expect(report.overall).toMatchObject({ units: 4, spans: 6 });
  });

  it('reports per category, per label and per article, with reasons where nothing can be computed', () => {
    expect(report.byCategory.map((c) => [c.category, c.units, c.spans])).toEqual([
      ['attribution', 1, 1], ['claim', 2, 3], ['framing', 1, 2],
    ]);
    const claim = report.byCategory.find((c) => c.category === 'claim')!;
    expect(value(claim.spanF1Overlap)).toBeCloseTo(2 / 3, 12);
    expect(report.byLabel.map((l) => [l.category, l.label])).toEqual([['framing', 'loaded term'], ['framing', 'morality']]);
    expect(report.byArticle.map((a) => a.articleId)).toEqual(['a1', 'a2', 'a3']);
    const a1 = report.byArticle[0]!;
    expect(value(a1.spanF1Overlap)).toBe(1);
    expect(value(a1.spanF1Exact)).toBe(0.5);
    expect(report.byArticle[2]!.unitizedAlpha).toEqual({ ok: false, reason: 'Nobody tagged this article' });
    expect(report.byArticle[2]!.fleissKappa).toEqual({ ok: false, reason: 'Nobody tagged this article' });
  });

  it('gives αu 1 and every figure 1 when two annotators tagged identically', () => {
    const same = value(agreementReport({ ...input, spans: input.spans.filter((s) => s.annotator === 'me').flatMap((s) => [s, { ...s, id: `${s.id}x`, annotator: 'Doe, Jane' }]) }));
    for (const f of [same.overall.unitizedAlpha, same.overall.spanF1Exact, same.overall.spanF1Overlap, same.overall.krippendorffAlpha, same.pairs[0]!.cohensKappa]) expect(value(f)).toBe(1);
  });

  it('says why instead of giving NaN: one annotator, an article nobody tagged', () => {
    expect(agreementReport({ ...input, annotators: ['me'] })).toEqual({ ok: false, reason: 'Agreement needs at least two annotators' });
    expect(agreementReport({ ...input, articleId: 'a3' })).toEqual({ ok: false, reason: 'Nobody tagged this article' });
    const third = value(agreementReport({ ...input, annotators: ['me', 'Doe, Jane', 'bob'] }));
    expect(third.pairs.find((p) => p.b === 'bob')!.spanF1Exact.ok).toBe(true);
    expect(JSON.stringify(third)).not.toContain('NaN');
    expect(JSON.stringify(third)).not.toContain('null');
  });

  it('does not depend on the order annotators are listed in', () => {
    const swapped = value(agreementReport({ ...input, annotators: ['Doe, Jane', 'me'] }));
    expect(swapped.overall).toEqual(report.overall);
    expect(swapped.byCategory).toEqual(report.byCategory);
  });
});

describe('formatAgreementTable and agreementCsv', () => {
  const report = value(agreementReport(input));

  it('prints scope and pair tables with the explanations', () => {
    const text = formatAgreementTable(report);
    expect(text).toContain('Agreement of me, Doe, Jane over 3 articles');
    expect(text).toMatch(/Category claim\s+2\s+3/);
    expect(text).toContain("Cohen's κ by pair");
    expect(text).toContain('0.333');
    expect(text).toContain('n/a');
    expect(text).toContain(FIGURE_EXPLANATIONS.cohensKappa);
  });

  it('writes RFC 4180 CSV: CRLF rows, quoted fields with commas, reasons in their own column', () => {
    const csv = agreementCsv(report);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('scope,name,annotator,other_annotator,figure,value,not_computable_reason');
    expect(lines.at(-1)).toBe('');
    expect(csv).toMatch(/\r\npair,"me \/ Doe, Jane",me,"Doe, Jane",cohensKappa,0\.3333\d+,\r\n/);
    expect(csv).toContain('article,a3,"me Doe, Jane",,unitizedAlpha,,Nobody tagged this article');
    expect(csv).not.toMatch(/[^\r]\n/);
  });
});
