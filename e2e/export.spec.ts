import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Download, Page } from '@playwright/test';
import { expect, test, type StudyHost } from './fixtures';
import { selectWithMouse, tag, viewer, watchCsp } from './page-helpers';

/**
 * Export in browser mode, against a fresh copy of the sample study: a span
 * tagged with the mouse comes out in the CSV download; links made over the
 * API come out in the HTML report, which is then opened on its own (no
 * scripts run, nothing is fetched, hostile notes show as text) and
 * photographed.
 */


/**
 * Exports from the dialog: picks the format and scope, saves (with the Save
 * button, or Enter on the format), and checks that the dialog closed and the
 * message bar names the file.
 */
async function exportAs(page: Page, format: string, scope: string, how: 'click' | 'enter' = 'click', excelBom?: boolean): Promise<{ download: Download; content: string; bytes: Buffer }> {
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('radio', { name: scope }).check();
  await dialog.getByRole('radio', { name: format }).check();
  if (excelBom !== undefined) await dialog.getByRole('checkbox', { name: /For Excel/ }).setChecked(excelBom);
  const downloading = page.waitForEvent('download');
  if (how === 'enter') {
    await dialog.getByRole('radio', { name: format }).focus();
    await page.keyboard.press('Enter');
  } else {
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  }
  const download = await downloading;
  const file = await download.path();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: `Saved ${download.suggestedFilename()}` })).toBeVisible();
  const bytes = readFileSync(file);
  return { download, content: bytes.toString('utf8'), bytes };
}

const HOSTILE_NOTE = '<script>alert("note")</script> "><img src=x onerror=alert(1)>';

/** Four linked facts across the five outlets, as the analyst "Dana", over the API. */
async function seedLinks(host: StudyHost): Promise<void> {
  await host.call('setAnnotator', { name: 'Dana' });
  const link = (ids: string[], label: string, kind = 'same-claim', note = '') => host.call('link', { annotationIds: ids, label, kind, ...(note ? { note } : {}) });
  await link(
    [
      await tag(host, 'Okaz', 'more than 100 fighters remain trapped in underground tunnels', 'claim', { label: 'numeric' }),
      await tag(host, 'Parapolitika', 'There are approximately 200 fighters in tunnels beneath Rafah', 'claim', { label: 'numeric', note: HOSTILE_NOTE }),
      await tag(host, 'The Levant Files', 'dozens of militants barricaded in tunnels', 'claim', { label: 'numeric' }),
    ],
    'Hamas fighters trapped in the Rafah tunnels',
    'same-claim',
    'Three outlets, three different figures; none gives a source for its number.',
  );
  await link(
    [
      await tag(host, 'The Levant Files', 'the Biden administration is pressing Israel to advance to the next stage of the deal', 'claim', { label: 'factual', note: 'Every other outlet names the Trump administration.' }),
      await tag(host, 'Parapolitika', 'progress in the ceasefire plan promoted by the Trump administration', 'claim', { label: 'factual' }),
    ],
    'Which US administration is pressing Israel',
    'contradicts',
  );
  await link(
    [
      await tag(host, 'Okaz', "the Americans' difficulty in forming the international force", 'claim', { label: 'causal' }),
      await tag(host, 'The Levant Files', 'The Americans have faced significant difficulties in recruiting Arab and Muslim nations', 'claim', { label: 'factual' }),
      await tag(host, 'Pakistan News Network', 'the international force that is supposed to enter the Gaza Strip does not yet have a clear mission and authority', 'claim', { label: 'factual' }),
    ],
    'The international stabilization force is stuck',
  );
  await link(
    [await tag(host, 'Pakistan News Network', 'the Zionist regime', 'framing', { label: 'loaded-term' }), await tag(host, 'Okaz', 'Tel Aviv', 'framing')],
    'Israel (government)',
    'same-referent',
  );
  await tag(host, 'Okaz', 'informed sources', 'attribution', { label: 'anonymous-official' });
}

test('a span tagged with the mouse comes out in the CSV download', async ({ page, host }) => {
  const cspViolations = await watchCsp(page);
  await page.goto(host.url);
  const who = page.getByRole('dialog', { name: 'Who is annotating?' });
  await who.getByRole('textbox', { name: 'Name' }).fill('Test Analyst');
  await who.getByRole('button', { name: 'Start annotating' }).click();
  await expect(page.locator('.article-outlet')).toHaveText('Okaz');

  await selectWithMouse(page, 'fundamental disagreements');
  await page.keyboard.press('1');
  await page.keyboard.press('Escape');
  await expect(viewer(page).locator('[data-annotation-id]', { hasText: 'fundamental disagreements' })).toHaveAttribute('data-category', 'claim');

  const { download, content } = await exportAs(page, 'Annotations (CSV)', 'My tag set (Test Analyst)');
  expect(download.suggestedFilename()).toMatch(/^gaza-ceasefire-phase-two-five-outlets-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(content.startsWith('\uFEFFAnnotation ID,Article ID,Outlet,')).toBe(true);
  const row = content.split('\r\n').find((line) => line.includes('fundamental disagreements'));
  expect(row).toMatch(/,Okaz,.*,Test Analyst,Claim,,\d+,\d+,fundamental disagreements,/);

  // The dialog, with the spreadsheet options shown, passes axe in both themes.
  await page.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByRole('dialog', { name: 'Export' }).getByRole('checkbox', { name: /For Excel/ })).toBeChecked();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page }).include('.export-dialog').analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${colorScheme}: ${v.id}: ${v.help}`)).toEqual([]);
  }

  // Keys typed while the dialog is open stay in the dialog: 1 does not tag, Delete does not delete.
  await page.getByRole('dialog', { name: 'Export' }).getByRole('radio', { name: 'Report (HTML)' }).focus();
  await page.keyboard.press('1');
  await page.keyboard.press('Delete');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Export' })).toBeHidden();
  await expect(viewer(page).locator('[data-annotation-id]')).toHaveCount(1);

  // Saving through a blob: link trips nothing in the app's CSP.
  expect(await cspViolations()).toEqual([]);
});

test('the HTML report carries the links, opens on its own without scripts or requests, and reads like a brief', async ({ page, host }) => {
  await seedLinks(host);
  await page.goto(host.url);
  await expect(page.locator('.article-outlet')).toHaveText('Okaz');

  const { download, content } = await exportAs(page, 'Report (HTML)', 'My tag set (Dana)');
  expect(download.suggestedFilename()).toMatch(/\.html$/);
  expect(content).toContain('Hamas fighters trapped in the Rafah tunnels');
  expect(content).toContain('Which US administration is pressing Israel');
  expect(content).toMatch(/3 numbers disagree/);
  expect(content).not.toContain('<script');

  // Open the saved report as a file, the way an analyst double-clicks it.
  const dir = path.join('test-results', 'screenshots');
  mkdirSync(dir, { recursive: true });
  const saved = path.resolve(dir, 'report.html');
  await download.saveAs(saved);
  const report = await page.context().newPage();
  const requests: string[] = [];
  const dialogs: string[] = [];
  report.on('request', (r) => requests.push(r.url()));
  report.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const url = pathToFileURL(saved).href;
  await report.goto(url);
  await expect(report.getByRole('heading', { level: 1 })).toHaveText('Gaza ceasefire, phase two: five outlets (sample)');
  await expect(report.getByRole('heading', { name: 'Hamas fighters trapped in the Rafah tunnels' })).toBeVisible();
  await expect(report.locator('.member-note', { hasText: HOSTILE_NOTE })).toHaveText(`Note: ${HOSTILE_NOTE}`);
  await expect(report.getByRole('cell', { name: HOSTILE_NOTE })).toBeVisible();
  expect(await report.locator('script, img').count()).toBe(0);
  expect(dialogs).toEqual([]);
  expect(requests).toEqual([url]);
  await report.setViewportSize({ width: 1200, height: 900 });
  await report.screenshot({ path: path.join(dir, 'report.png'), fullPage: true });
  await report.close();
});

test('exports every format from the dialog, each file in its own shape', async ({ page, host }) => {
  await seedLinks(host);
  await page.goto(host.url);
  await expect(page.locator('.article-outlet')).toHaveText('Okaz');
  const scope = 'My tag set (Dana)';

  const html = await exportAs(page, 'Report (HTML)', scope, 'enter');
  expect(html.download.suggestedFilename()).toMatch(/\.html$/);
  expect(html.content.startsWith('<!doctype html>')).toBe(true);

  const md = await exportAs(page, 'Report (Markdown)', scope);
  expect(md.download.suggestedFilename()).toMatch(/\.md$/);
  expect(md.content).toMatch(/^# Gaza ceasefire, phase two: five outlets \(sample\) — comparison report\n/);
  expect(md.content).toContain('Hamas fighters trapped in the Rafah tunnels');

  const csv = await exportAs(page, 'Annotations (CSV)', scope, 'click', true);
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(csv.content.slice(1).startsWith('Annotation ID,Article ID,Outlet,')).toBe(true);

  // Without the Excel option the file starts with the header itself.
  const links = await exportAs(page, 'Links (CSV)', scope, 'click', false);
  expect(links.download.suggestedFilename()).toMatch(/-links\.csv$/);
  expect(links.content.startsWith('Link ID,Link label,Kind,')).toBe(true);
  expect(links.content.split('\r\n').filter((line) => line.includes('Hamas fighters trapped in the Rafah tunnels'))).toHaveLength(3);

  const json = await exportAs(page, 'Data (JSON)', scope);
  expect(JSON.parse(json.content)).toMatchObject({ schemaVersion: 1, format: 'outlet-compare/study-export' });

  const w3c = await exportAs(page, 'Web Annotation (JSON-LD)', scope);
  expect(w3c.download.suggestedFilename()).toMatch(/\.jsonld$/);
  expect(JSON.parse(w3c.content)).toMatchObject({ '@context': 'http://www.w3.org/ns/anno.jsonld' });

  // The REFI-QDA project is a zip: binary bytes, not base64 text.
  const qdpx = await exportAs(page, 'REFI-QDA project (.qdpx)', scope);
  expect(qdpx.download.suggestedFilename()).toMatch(/\.qdpx$/);
  expect([...qdpx.bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);

  const dir = path.join('test-results', 'screenshots');
  mkdirSync(dir, { recursive: true });
  await page.getByRole('button', { name: 'Export…' }).click();
  await page.getByRole('dialog', { name: 'Export' }).getByRole('radio', { name: 'Links (CSV)' }).check();
  await page.screenshot({ path: path.join(dir, 'export-dialog.png') });
});
