import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test, type StudyHost } from './fixtures';
import { articleOf, tag, viewer } from './page-helpers';

/**
 * Links and comparison in browser mode, against a fresh copy of the sample
 * study: linking the fighter counts of Okaz and Parapolitika with the
 * keyboard and Ctrl+click, the compare view and its "Figures differ"
 * badge (with a screenshot), undo, the question before deleting a linked
 * annotation, accepting a suggestion, the term table of a referent, and the
 * coverage matrix. Annotations are seeded over the API as the analyst "Dana".
 */

const ANNOTATOR = 'Dana';

/** The analyst's links as saved in the study folder. */
function savedLinks(host: StudyHost): { label: string; kind: string; members: string[] }[] {
  const file = host.tagSets().find((t) => t.annotator === ANNOTATOR) as unknown as { links?: { label: string; kind: string; members: string[] }[] } | undefined;
  return file?.links ?? [];
}

const highlight = (page: Page, text: string) => viewer(page).locator('[data-annotation-id]', { hasText: text }).first();
const sidebar = (page: Page) => page.getByRole('navigation', { name: 'Articles' });

/** Opens the study as the seeded analyst and waits for the first article (Okaz). */
async function open(page: Page, host: StudyHost): Promise<void> {
  await page.goto(host.url);
  await expect(page.locator('.article-outlet')).toHaveText('Okaz');
}

/** Seeds the two fighter counts and links them over the API. */
async function seedFighterLink(host: StudyHost): Promise<{ okaz: string; para: string }> {
  await host.call('setAnnotator', { name: ANNOTATOR });
  const okaz = await tag(host, 'Okaz', 'more than 100 fighters');
  const para = await tag(host, 'Parapolitika', 'approximately 200 fighters');
  await host.call('link', { annotationIds: [okaz, para], label: 'Fighters in Rafah', kind: 'same-claim' });
  return { okaz, para };
}

test('links the fighter counts of two outlets, compares them, and undoes the link', async ({ page, host }) => {
  await host.call('setAnnotator', { name: ANNOTATOR });
  await tag(host, 'Okaz', 'more than 100 fighters');
  await tag(host, 'Parapolitika', 'approximately 200 fighters');
  await open(page, host);
  await expect(sidebar(page).getByText('Select annotations in two articles and press L to link them.')).toBeVisible();

  // L on the active annotation picks it; Ctrl+click in the other article picks its partner.
  await highlight(page, 'more than 100 fighters').click();
  await page.keyboard.press('l');
  await expect(page.getByRole('status').filter({ hasText: 'Picked “more than 100 fighters” for linking' })).toBeVisible();
  await sidebar(page).getByRole('button', { name: /^In Jerusalem/ }).click();
  await expect(page.locator('.article-outlet')).toHaveText('Parapolitika');
  await highlight(page, 'approximately 200 fighters').click({ modifiers: ['Control'] });
  const tray = page.getByRole('region', { name: /Picked for linking/ });
  await expect(tray.getByRole('listitem')).toHaveCount(2);
  // A pick is not a text selection (Ctrl+click would otherwise select the paragraph).
  expect(await page.evaluate(() => window.getSelection()?.toString() ?? '')).toBe('');

  await page.keyboard.press('l');
  const dialog = page.getByRole('dialog', { name: 'Link annotations' });
  await expect(dialog.getByText('2 members from 2 articles')).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Label' })).toBeFocused();
  await dialog.getByRole('textbox', { name: 'Label' }).fill('Fighters in Rafah');
  await dialog.getByRole('button', { name: 'Link as same claim' }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(() => savedLinks(host).map((l) => [l.label, l.kind, l.members.length])).toEqual([['Fighters in Rafah', 'same-claim', 2]]);

  // The compare view replaces the articles.
  await sidebar(page).getByRole('button', { name: /^Fighters in Rafah/ }).click();
  const compare = page.getByRole('main', { name: 'Comparison' });
  await expect(compare.getByRole('heading', { level: 1, name: 'Fighters in Rafah' })).toBeVisible();
  await expect(compare.getByText('Figures differ', { exact: true })).toBeVisible();
  // "more than 100" is (100, ∞): it fits "approximately 200", so the figures differ without contradicting each other.
  await expect(compare.getByText('Different but compatible: the figures can all be true')).toBeVisible();
  await expect(compare.locator('.conflict.severity-different')).toHaveCount(1);
  await expect(compare.locator('.range-arrow')).toHaveCount(1);
  await expect(compare.getByRole('img', { name: /Figures on one scale\. Okaz: “more than 100”/ })).toBeVisible();
  // With two members the first is the base; the other's differing words are marked against it.
  const okazColumn = compare.getByRole('article', { name: 'Okaz' });
  const paraColumn = compare.getByRole('article', { name: 'Parapolitika' });
  await expect(okazColumn.getByText('Base wording (closest to all others)')).toBeVisible();
  await expect(okazColumn.locator('.member-span')).toHaveText('more than 100 fighters');
  await expect(paraColumn.locator('ins')).toHaveText('approximately 200');
  await expect(paraColumn.locator('del')).toHaveText('more than 100');
  await expect(okazColumn.getByText('> 100')).toBeVisible();
  await expect(paraColumn.getByText('≈ 200')).toBeVisible();
  // The sentence around the span is shown, the span in bold.
  await expect(okazColumn.locator('.member-context')).toContainText('remain trapped in underground tunnels');
  // The sidebar knows the conflict count and how serious it is.
  await expect(sidebar(page).getByRole('button', { name: /^Fighters in Rafah: Same claim, 2 spans, \d+ conflicts? \(different but compatible\)/ })).toBeVisible();

  const dir = path.join('test-results', 'screenshots');
  mkdirSync(dir, { recursive: true });
  await page.getByRole('button', { name: 'Dismiss message' }).click();
  await page.mouse.move(5, 890);
  await page.screenshot({ path: path.join(dir, 'compare.png') });

  // Esc goes back to the articles, where the text is as it was.
  await page.keyboard.press('Escape');
  await expect(compare).toBeHidden();
  await expect(highlight(page, 'approximately 200 fighters')).toBeVisible();

  // Ctrl+Z takes back the link (the most recent change), Ctrl+Shift+Z makes it again.
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('status').filter({ hasText: 'Undid linking “Fighters in Rafah”' })).toBeVisible();
  await expect.poll(() => savedLinks(host)).toEqual([]);
  await expect(sidebar(page).getByRole('button', { name: /^Fighters in Rafah/ })).toHaveCount(0);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => savedLinks(host).map((l) => l.label)).toEqual(['Fighters in Rafah']);
});

test('asks before deleting an annotation that belongs to a link', async ({ page, host }) => {
  await seedFighterLink(host);
  await open(page, host);
  await highlight(page, 'more than 100 fighters').click();
  await page.keyboard.press('Delete');
  const question = page.getByRole('dialog', { name: 'Delete a linked annotation?' });
  await expect(question.getByText("This annotation is in 1 link: 'Fighters in Rafah'. Delete it and update the link?")).toBeVisible();
  await question.getByRole('button', { name: 'Keep it' }).click();
  await expect(question).toBeHidden();
  expect(savedLinks(host)).toHaveLength(1);

  await page.locator('.annotation-card', { hasText: 'more than 100 fighters' }).getByRole('button', { name: 'Delete annotation' }).click();
  await question.getByRole('button', { name: 'Delete and update the link' }).click();
  await expect(highlight(page, 'more than 100 fighters')).toHaveCount(0);
  // One member left: the link goes with it.
  await expect.poll(() => savedLinks(host)).toEqual([]);
});

test('accepts a suggested passage in another outlet as a linked annotation', async ({ page, host }) => {
  await host.call('setAnnotator', { name: ANNOTATOR });
  await tag(host, 'Okaz', 'more than 100 fighters');
  await open(page, host);
  await highlight(page, 'more than 100 fighters').click();

  const suggestions = page.getByRole('region', { name: 'Similar passages in other outlets' });
  await expect(suggestions.getByText('Parapolitika', { exact: true }).first()).toBeVisible();
  // Best first across outlets, each with why it scored.
  const scores = await suggestions.locator('.suggestion:not(.weak) .score-value').allTextContents();
  expect(scores.map(Number)).toEqual([...scores.map(Number)].sort((x, y) => y - x));
  await expect(suggestions.locator('.suggestion-why').first()).toContainText(/shares|similar meaning|same figure/);
  const dir = path.join('test-results', 'screenshots');
  mkdirSync(dir, { recursive: true });
  await page.mouse.move(5, 890);
  // A tall window, so the whole list fits in the panel (which otherwise scrolls) for the picture.
  await page.setViewportSize({ width: 1440, height: 2400 });
  await suggestions.screenshot({ path: path.join(dir, 'suggestions.png') });
  await page.setViewportSize({ width: 1440, height: 900 });
  const accept = suggestions.getByRole('button', { name: /^Accept: link the Parapolitika passage “There are approximately 200 fighters/ });
  await accept.click();
  await expect(suggestions.getByText('Linked', { exact: true })).toBeVisible();
  await expect.poll(() => savedLinks(host).map((l) => l.members.length)).toEqual([2]);
  const saved = host.tagSets().find((t) => t.annotator === ANNOTATOR)!.annotations.map((a) => a.quote.exact);
  expect(saved).toContain('There are approximately 200 fighters in tunnels beneath Rafah in the Gaza area that continues to be controlled by the Israeli army, with Hamas requesting they be allowed to leave, a demand Israel currently opposes.');
  await expect(sidebar(page).getByRole('button', { name: /^more than 100 fighters: Same claim, 2 spans/ })).toBeVisible();
});

test('shows every link’s conflict badge on load, before any link is opened', async ({ page, host }) => {
  await seedFighterLink(host);
  await open(page, host);
  await expect(sidebar(page).getByRole('button', { name: /^Fighters in Rafah: Same claim, 2 spans, \d+ conflicts? \(different but compatible\)/ })).toBeVisible();
  await expect(sidebar(page).locator('.link-row-conflicts.severity-different')).toHaveCount(1);
});

test('the suggestions follow the article on screen, never the previous one', async ({ page, host }) => {
  await host.call('setAnnotator', { name: ANNOTATOR });
  await tag(host, 'Okaz', 'more than 100 fighters');
  await open(page, host);
  await highlight(page, 'more than 100 fighters').click();
  const suggestions = page.getByRole('region', { name: 'Similar passages in other outlets' });
  await expect(suggestions.locator('.suggest-source q')).toHaveText('more than 100 fighters');
  await expect(suggestions.locator('.suggestion').first()).toBeVisible();
  await sidebar(page).getByRole('button', { name: /^In Jerusalem/ }).click();
  await expect(page.locator('.article-outlet')).toHaveText('Parapolitika');
  await expect(suggestions.getByText('Click an annotation or select text to see similar passages in other outlets.')).toBeVisible();
  await expect(suggestions.locator('.suggestion')).toHaveCount(0);
});

test('counts each outlet’s names for a referent and tags one name everywhere as framing', async ({ page, host }) => {
  await host.call('setAnnotator', { name: ANNOTATOR });
  const pnn = await tag(host, 'Pakistan News Network', 'Zionist regime', 'framing');
  const okaz = await tag(host, 'Okaz', 'Israeli forces', 'framing');
  await host.call('link', { annotationIds: [pnn, okaz], label: 'Israel', kind: 'same-referent' });
  await open(page, host);

  await sidebar(page).getByRole('region', { name: 'Referents' }).getByRole('button', { name: /^Israel:/ }).click();
  const table = page.getByRole('table');
  await expect(table.getByRole('row', { name: /Zionist regime/ })).toContainText('5');
  await table.getByRole('button', { name: 'Tag all “Zionist regime” as framing' }).click();
  await expect(table.getByText('4 new framing tags (loaded term); 1 already tagged')).toBeVisible();
  const framing = host.tagSets().find((t) => t.annotator === ANNOTATOR)!.annotations.filter((a) => a.quote.exact === 'Zionist regime');
  expect(framing.map((a) => [a.category, a.label ?? null])).toEqual([['framing', null], ...Array(4).fill(['framing', 'loaded-term'])]);

  // Coverage counts an outlet as covering the referent where the term table counts it.
  await sidebar(page).getByRole('button', { name: /^Coverage matrix/ }).click();
  const coverage = page.getByRole('main', { name: 'Coverage' });
  const row = coverage.getByRole('row', { name: /Israel/ });
  await expect(row.getByLabel(/^Pakistan News Network: names it \d+ times?$/)).toBeVisible();
  await expect(row.getByLabel(/^Okaz: names it \d+ times?$/)).toBeVisible();
});

test('the coverage matrix shows which outlets carry a fact and which omit it', async ({ page, host }) => {
  await seedFighterLink(host);
  await open(page, host);
  await sidebar(page).getByRole('button', { name: /^Coverage matrix/ }).click();
  const coverage = page.getByRole('main', { name: 'Coverage' });
  const row = coverage.getByRole('row', { name: /Fighters in Rafah/ });
  await expect(row.getByLabel('Okaz: 1 linked span, claim')).toBeVisible();
  await expect(row.getByLabel('Parapolitika: 1 linked span, claim')).toBeVisible();
  await expect(row.getByRole('cell', { name: 'Pakistan News Network, The Dupree Report, The Levant Files' })).toBeVisible();
  await expect(coverage.getByRole('columnheader', { name: 'Outlets that omit this' })).toBeVisible();

  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page }).include('.compare-main').analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${colorScheme}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
  }

  // A row opens its comparison, which passes the same check.
  await row.getByRole('button', { name: /Compare “Fighters in Rafah”/ }).click();
  const compare = page.getByRole('main', { name: 'Comparison' });
  await expect(compare.getByText('Figures differ', { exact: true })).toBeVisible();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page }).include('.compare-main').analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${colorScheme}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
  }
});

test('opens a suggested pair side by side, each pane at its sentence', async ({ page, host }) => {
  await host.call('setAnnotator', { name: ANNOTATOR });
  await open(page, host);
  await sidebar(page).getByRole('button', { name: /^Suggested links/ }).click();
  const view = page.getByRole('main', { name: 'Suggested links' });
  const first = view.getByRole('listitem').first();
  await expect(first).toBeVisible();
  await first.getByRole('button', { name: /^Open side by side/ }).click();
  await expect(view).toBeHidden();
  await expect(page.locator('.article-pane')).toHaveCount(2);
  // Both panes scrolled away from the top, to their sentence.
  await expect.poll(() => page.locator('.pane-scroll').evaluateAll((els) => els.map((el) => el.scrollTop > 0))).toEqual([true, true]);
});

test('split view: the active linked span marks its partner in the other pane and brings it into view', async ({ page, host }) => {
  const { okaz, para } = await seedFighterLink(host);
  await open(page, host);
  await page.keyboard.press('s');
  const [left, right] = [page.locator('.article-pane').nth(0), page.locator('.article-pane').nth(1)];
  await right.getByRole('combobox', { name: 'Article in the right pane' }).selectOption(await articleOf(host, 'Parapolitika'));
  await expect(right.locator('.article-outlet')).toHaveText('Parapolitika');
  const source = left.locator(`.article-viewer [data-annotation-id="${okaz}"]`);
  const partner = right.locator(`.article-viewer [data-annotation-id="${para}"]`);
  await expect(partner).toHaveClass(/\bhl-linked\b/);
  await expect(partner).not.toHaveClass(/\bhl-partner\b/);
  await expect(partner).not.toBeInViewport();

  await source.click();
  await expect(source).toHaveClass(/\bhl-active\b/);
  await expect(partner).toHaveClass(/\bhl-partner\b/);
  await expect(page.locator('.hl-partner')).toHaveCount(1);
  // The other pane scrolled to it; the keyboard stays where the analyst works.
  await expect(partner).toBeInViewport();
  await expect(left.locator('.article-viewer')).toBeFocused();

  // A pick (Ctrl+click) is marked in the text as well as in the panel.
  await partner.click({ modifiers: ['Control'] });
  await expect(partner).toHaveClass(/\bhl-picked\b/);
  await expect(page.getByRole('region', { name: /Picked for linking/ }).getByRole('listitem')).toHaveCount(1);
});
