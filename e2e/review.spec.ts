import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { tagSetFileName } from '../electron/store/tagset-file';
import { SCHEMA_VERSION, type Annotation, type TagSet } from '../shared/model';
import { newAnnotation } from '../shared/tagset';
import { expect, test, type StudyHost } from './fixtures';
import { articleOf, tag, viewer } from './page-helpers';

/**
 * Reviewing teammates' tag sets in browser mode, on a fresh copy of the
 * sample study where "Dana" is the analyst: Alice's tag set comes in through
 * the "Bring in teammates' work" dialog, Ben's is copied into tagsets/ while
 * the app is open and shows up without a reload. Then: adopting one of
 * Alice's annotations, the review's matches, the κ and α figures and the
 * matrix (screenshots), the agreement CSV, and two disagreements resolved
 * into the consensus by keyboard.
 */

const ME = 'Dana';
const NOW = '2026-01-01T00:00:00.000Z';

/** A teammate's tag set over the sample study's articles, spans given by quote. */
async function teammateTagSet(host: StudyHost, annotator: string, spans: { outlet: string; quote: string; category: Annotation['category'] }[]): Promise<TagSet> {
  const annotations: Annotation[] = [];
  for (const [i, s] of spans.entries()) {
    const articleId = await articleOf(host, s.outlet);
    const article = await host.call<{ id: string; text: string }>('getArticle', { articleId });
    const start = article.text.indexOf(s.quote);
    if (start < 0) throw new Error(`"${s.quote}" is not in ${s.outlet}`);
    annotations.push(newAnnotation({ id: `${annotator.toLowerCase()}-${i}`, article, annotator, category: s.category, span: { start, end: start + s.quote.length }, now: NOW }));
  }
  return { schemaVersion: SCHEMA_VERSION, annotator, updatedAt: NOW, annotations, links: [] };
}

function writeTagSet(dir: string, tagSet: TagSet): string {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, tagSetFileName(tagSet.annotator));
  writeFileSync(file, JSON.stringify(tagSet, null, 2));
  return file;
}

const sidebar = (page: Page) => page.getByRole('navigation', { name: 'Articles' });
const reviewMain = (page: Page) => page.getByRole('main', { name: 'Review' });

async function shoot(page: Page, name: string): Promise<void> {
  const dir = path.join('test-results', 'screenshots');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, name) });
}

test('brings teammates in, reviews them beside my work, measures agreement and builds a consensus', async ({ page, host }) => {
  test.setTimeout(120_000);
  await host.call('setAnnotator', { name: ME });
  await tag(host, 'Okaz', 'more than 100 fighters');
  await tag(host, 'Parapolitika', 'approximately 200 fighters');
  await tag(host, 'Okaz', 'Israeli forces', 'attribution');

  const outside = mkdtempSync(path.join(tmpdir(), 'oc-teammate-'));
  try {
    const alice = await teammateTagSet(host, 'Alice', [
      { outlet: 'Okaz', quote: 'more than 100 fighters remain trapped', category: 'claim' },
      { outlet: 'Parapolitika', quote: 'approximately 200 fighters', category: 'claim' },
      { outlet: 'Okaz', quote: 'underground tunnels', category: 'framing' },
    ]);
    const aliceFile = writeTagSet(path.join(outside, 'alice.study', 'tagsets'), alice);

    await page.goto(host.url);
    await expect(page.locator('.article-outlet')).toHaveText('Okaz');

    // By the dialog: a tag set file from a teammate's study, with the result per file.
    await sidebar(page).getByRole('button', { name: 'Bring in teammates’ work…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Bring in teammates’ work' });
    await dialog.getByRole('textbox').fill(aliceFile);
    await dialog.getByRole('button', { name: 'Bring in' }).click();
    await expect(dialog.getByRole('list', { name: 'What was brought in' })).toContainText('Alice: Added, 3 annotations');
    await dialog.getByRole('button', { name: 'Done' }).click();

    // Her annotations show, read-only, with her name as a badge and an Adopt action; no delete.
    const aliceCard = page.locator('[data-annotation-card="alice-2"]');
    await expect(aliceCard).toContainText('Alice’s');
    await expect(aliceCard.getByRole('button', { name: 'Delete annotation' })).toHaveCount(0);
    await expect(viewer(page).locator('[data-annotator="Alice"]').first()).toBeVisible();
    // Told apart from mine: a dashed outline in her legend colour.
    await expect(viewer(page).locator('[data-annotator="Alice"]').first()).toHaveCSS('outline-style', 'dashed');
    await expect(viewer(page).locator('[data-annotator="Dana"]').first()).toHaveCSS('outline-style', 'none');

    // A file copied into tagsets/ while the app is open appears without a reload.
    const ben = await teammateTagSet(host, 'Ben', [
      { outlet: 'Okaz', quote: 'more than 100 fighters', category: 'framing' },
      { outlet: 'Okaz', quote: 'Israeli forces', category: 'attribution' },
    ]);
    writeTagSet(path.join(host.dir, 'tagsets'), ben);
    await expect(page.getByRole('region', { name: 'Annotators' })).toContainText('Ben (read-only)', { timeout: 15_000 });
    await expect(viewer(page).locator('[data-annotator="Ben"]').first()).toBeVisible();

    // Adopt one of Alice's annotations: a copy in my tag set that says where it came from.
    await aliceCard.getByRole('button', { name: /^Adopt Alice's annotation/ }).click();
    await expect.poll(() => host.tagSets().find((t) => t.annotator === ME)?.annotations.some((a) => (a as { adoptedFrom?: { annotator: string } }).adoptedFrom?.annotator === 'Alice')).toBe(true);

    // The review of the whole study: everyone chosen, matches grouped.
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await sidebar(page).getByRole('button', { name: 'Review the whole study' }).click();
    const review = reviewMain(page);
    await expect(review.getByRole('group', { name: 'Annotators' })).toContainText('Dana (me)');
    await expect(review.getByRole('heading', { name: /^Overlapping/ })).toBeVisible();
    await expect(review.getByRole('heading', { name: /^Same span/ })).toBeVisible();
    await expect(review.locator('.extra-words').first()).toBeVisible();
    await expect(review.getByText('Category differs').first()).toBeVisible();
    await shoot(page, 'review-matches.png');

    // Clicking a row scrolls the text to it and makes it active.
    await review.locator('.match-text', { hasText: 'remain trapped' }).first().click();
    await expect(viewer(page).locator('.hl-active').first()).toBeVisible();

    // Agreement: κ and α read as figures or reasons, never NaN; the matrix and the CSV.
    await review.getByRole('tab', { name: 'Agreement' }).click();
    const summary = review.locator('.agreement-actions .review-summary');
    await expect(summary).toContainText('Cohen’s κ');
    await expect(summary).toContainText('Krippendorff’s α');
    await expect(review).not.toContainText('NaN');
    const kappa = await summary.locator('strong').first().textContent();
    expect(kappa).toMatch(/^-?\d\.\d{3}$|not computable/);
    const matrix = review.getByRole('region', { name: 'Pairwise agreement', exact: true });
    await expect(matrix.getByRole('columnheader', { name: 'Alice' })).toBeVisible();
    await matrix.getByRole('radio', { name: 'αu' }).check();
    await expect(matrix.locator('.figure-line')).toContainText('αu:');
    await shoot(page, 'review-agreement-matrix.png');
    const downloading = page.waitForEvent('download');
    await review.getByRole('button', { name: 'Download agreement CSV' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/agreement\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toBe('scope,name,annotator,other_annotator,figure,value,not_computable_reason');
    expect(csv).toContain('pair,Dana / Alice,Dana,Alice,cohensKappa');

    // The review passes axe (no serious or critical violations).
    const axe = await new AxeBuilder({ page }).include('.review-main').analyze();
    const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

    // Consensus between Dana (A) and Alice (B): two disagreements resolved by keyboard, one undone.
    await review.getByRole('tab', { name: 'Consensus' }).click();
    const progress = review.locator('.consensus-progress');
    await expect(progress).toContainText(/0 of \d+ resolved/);
    const total = Number((await progress.textContent())!.match(/of (\d+) resolved/)![1]);
    expect(total).toBeGreaterThanOrEqual(2);
    await page.keyboard.press('n');
    await page.keyboard.press('a');
    await expect(progress).toContainText(`1 of ${total} resolved`);
    await page.keyboard.press('b');
    await expect(progress).toContainText(`2 of ${total} resolved`);
    await expect.poll(() => host.tagSets().find((t) => t.annotator === 'Consensus')?.annotations.length ?? 0).toBeGreaterThanOrEqual(1);
    const consensus = host.tagSets().find((t) => t.annotator === 'Consensus') as unknown as { kind: string; decisions: unknown[] };
    expect(consensus.kind).toBe('curation');
    expect(consensus.decisions).toHaveLength(2);
    await shoot(page, 'review-consensus.png');
    await page.keyboard.press('Control+z');
    await expect(progress).toContainText(`1 of ${total} resolved`);

    const axeConsensus = await new AxeBuilder({ page }).include('.review-main').analyze();
    expect(axeConsensus.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  } finally {
    rmSync(outside, { recursive: true, force: true });
  }
});
