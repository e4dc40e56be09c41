import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { comparisonReportHtml } from './report';
import { escapeHtml, safeHref } from './html-escape';
import { ANNOTATIONS, HOSTILE_NOTE, LINK, fixtureComparison, fixtureInput } from './testing/fixture';

const html = comparisonReportHtml(fixtureInput());

/** The document body with the style element removed, so CSS text does not count as content. */
const body = html.slice(html.indexOf('<body>'));

describe('escapeHtml and safeHref', () => {
  it('escapes every character that could open a tag or leave an attribute', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  });
  it('links only http and https URLs', () => {
    expect(safeHref('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,<script>')).toBeNull();
    expect(safeHref('/relative')).toBeNull();
    expect(safeHref(undefined)).toBeNull();
  });
});

describe('comparisonReportHtml', () => {
  it('escapes hostile notes, labels and URLs: no markup from the study reaches the document', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<svg/i);
    expect(html).not.toMatch(/<b>/);
    expect(html).not.toMatch(/javascript:alert\(3\)"/);
    expect(body).toContain(escapeHtml(HOSTILE_NOTE));
    expect(body).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &quot;&gt;&lt;img src=x onerror=alert(2)&gt;');
    expect(body).toContain('Fighters in the Rafah tunnels &lt;b&gt;');
    expect(body).toContain('Figures differ &quot;&gt;&lt;svg onload=alert(4)&gt;');
    // The hostile URL is shown as text, never as a link.
    expect(body).toContain('<span class="url">javascript:alert(3)</span>');
    expect(body).toContain('<a class="url" href="https://en.parapolitika.gr/?p=92262">');
  });

  it('says what was not compared instead of "figures, dates, actors and sources agree"', () => {
    const notCompared = [{ kind: 'time' as const, message: 'Dates not compared: on Monday (Okaz) / Sunday night (Parapolitika); relative dates need each article\u2019s publication date', members: LINK.members }];
    const page = comparisonReportHtml(fixtureInput({ comparisons: { [LINK.id]: { ...fixtureComparison(), conflicts: [], notCompared } } }));
    expect(page).toContain('<li class="badge none"><strong>Dates not compared</strong>on Monday (Okaz) / Sunday night (Parapolitika); relative dates need each article\u2019s publication date</li>');
    expect(page).not.toContain('No conflicts found');
    const agreeing = comparisonReportHtml(fixtureInput({ comparisons: { [LINK.id]: { ...fixtureComparison(), conflicts: [] } } }));
    expect(agreeing).toContain('No conflicts found');
  });

  it('loads nothing and runs nothing: no scripts, no remote resources, its own CSP', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'/);
    expect(html).not.toMatch(/url\(/i);
    const doc = new Window().document;
    doc.write(html);
    expect(doc.querySelectorAll('script, link, iframe, object, embed, img, svg, base, form').length).toBe(0);
    const attributes = [...doc.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.name));
    expect(attributes.filter((name) => name.startsWith('on') || name === 'src' || name === 'srcset' || name === 'style')).toEqual([]);
    const hrefs = [...doc.querySelectorAll('[href]')].map((el) => el.getAttribute('href')!);
    expect(hrefs.filter((h) => !h.startsWith('#') && !h.startsWith('https://'))).toEqual([]);
    // The hostile note is there, as text.
    expect(doc.body.textContent).toContain(HOSTILE_NOTE);
  });

  it('heads the report with the study, date and annotator', () => {
    expect(html).toContain('<title>Gaza ceasefire — comparison report</title>');
    expect(body).toContain('<h1>Gaza ceasefire</h1>');
    expect(body).toContain('<dt>Date</dt><dd>22 November 2026</dd>');
    expect(body).toContain('<dt>Annotator</dt><dd>Alice</dd>');
    expect(body).toContain('2 articles · 3 annotations · 1 linked fact');
  });

  it('shows each link with its kind, conflicts in plain words, spans marked in their sentences and the facts', () => {
    expect(body).toContain('Same claim · 2 outlets');
    expect(body).toMatch(/<li class="badge quantity"><strong>Figures differ<\/strong>/);
    expect(body).toContain('<mark class="claim">More than 100 fighters remain trapped in tunnels</mark>, officials said.');
    expect(body).toContain('There are <mark class="claim">approximately 200 fighters in tunnels beneath Rafah</mark>, according to Israeli media.');
    expect(body).toContain('<dt>Figures</dt><dd>approximately 200 fighters (read as 180–220)</dd>');
    expect(body).toMatch(/<span class="caption">Wording against (Okaz|Parapolitika)<\/span>.*<(ins|del)>/);
    // The reference column comes first, so each "wording against" column reads after it.
    const columns = body.split('<section class="member">').slice(1);
    expect(columns[0]).toContain('Reference wording');
    expect(columns[1]).toContain('Wording against');
    expect(body).toContain('<dt>Source</dt>');
  });

  it('counts coverage per outlet in a links × outlets table, leaving out outlets without articles', () => {
    const coverage = body.slice(body.indexOf('<table class="coverage">'), body.indexOf('</table>', body.indexOf('<table class="coverage">')));
    expect(coverage).toContain('<th>Okaz</th><th>Parapolitika</th>');
    expect(coverage).not.toContain('Absent Outlet');
    expect(coverage.match(/class="yes"/g)).toHaveLength(2);
    expect(coverage).toContain('<td>1 of 1</td><td>1 of 1</td>');
  });

  it('marks an outlet that omits a fact', () => {
    const oneSided = { ...LINK, id: 'ln-2', members: ['an-para', 'an-source'], label: 'Only in Parapolitika', createdAt: '2026-11-21T08:00:00.000Z' };
    const input = fixtureInput({ tagSets: [{ annotator: 'Alice', annotations: ANNOTATIONS, links: [LINK, oneSided] }] });
    const out = comparisonReportHtml(input);
    expect(out).toMatch(/<td>2\. Only in Parapolitika<\/td><td class="no" title="Okaz omits this">—<\/td><td class="yes"[^>]*>✓ 2<\/td>/);
    expect(out).toContain('<td>1 of 2</td><td>2 of 2</td>');
  });

  it('lists every annotation, and names annotators when there are several', () => {
    expect(body.match(/<tr><td>(Okaz|Parapolitika)<\/td><td><span class="cat/g)).toHaveLength(3);
    expect(body).not.toContain('<th>Annotator</th>');
    const bob = { annotator: 'Bob', annotations: [{ ...ANNOTATIONS[2]!, id: 'an-bob', annotator: 'Bob' }], links: [] };
    const two = comparisonReportHtml(fixtureInput({ tagSets: [...fixtureInput().tagSets, bob] }));
    expect(two).toContain('<dt>Annotators</dt><dd>Alice, Bob</dd>');
    expect(two).toContain('<th>Annotator</th>');
    expect(two).toContain('linked by Alice');
  });

  it('says what to do when nothing is linked yet, and is the same document every time', () => {
    const empty = comparisonReportHtml(fixtureInput({ tagSets: [] }));
    expect(empty).toContain('No linked facts yet.');
    expect(empty).toContain('No annotations in this export.');
    expect(comparisonReportHtml(fixtureInput())).toBe(html);
  });
});

describe('term tables in the report', () => {
  it('shows, for a same-referent link, each name counted per article, escaped', () => {
    const report = comparisonReportHtml(
      fixtureInput({
        termTables: {
          [LINK.id]: { articles: [{ id: 'art-okaz', outletName: 'Okaz' }, { id: 'art-para', outletName: 'Parapolitika' }], rows: [{ term: 'fighters <i>', counts: [1, 0], total: 1 }], occurrences: [] },
        },
      }),
    );
    const doc = new Window().document;
    doc.write(report);
    const table = doc.querySelector('#link-1 table.terms')!;
    expect(table.querySelector('caption')!.textContent).toMatch(/Names used for the referent/);
    expect([...table.querySelectorAll('tbody td')].map((td) => td.textContent)).toEqual(['fighters <i>', '1', '0', '1']);
    expect(comparisonReportHtml(fixtureInput())).not.toContain('class="terms"');
  });
});
