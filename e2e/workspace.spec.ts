import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test, type StudyHost } from './fixtures';
import { selectWithMouse, viewer, watchCsp } from './page-helpers';

/**
 * The annotating workspace in browser mode, against a fresh copy of the
 * sample study: tagging with the mouse and the keyboard, persistence, edit,
 * delete and undo (checked in the study files too), accessibility, the CSP,
 * and a screenshot of the main screen.
 */

const ANNOTATOR = 'Test Analyst';
/** The first article in the sidebar (outlets sort by name): Okaz. */
const FIRST_OUTLET = 'Okaz';

const highlight = (page: Page, text: string) => viewer(page).locator('[data-annotation-id]', { hasText: text });

async function openAsNewAnnotator(page: Page, host: StudyHost): Promise<void> {
  await page.goto(host.url);
  const dialog = page.getByRole('dialog', { name: 'Who is annotating?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Name' }).fill(ANNOTATOR);
  await dialog.getByRole('button', { name: 'Start annotating' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('.article-outlet')).toHaveText(FIRST_OUTLET);
}

/** The annotations of one annotator as saved in the study folder. */
function savedAnnotations(host: StudyHost, annotator = ANNOTATOR) {
  return host.tagSets().find((t) => t.annotator === annotator)?.annotations ?? [];
}

test('tags with the toolbar and with a key, keeps tags over a reload, edits, deletes and undoes', async ({ page, host }) => {
  const cspViolations = await watchCsp(page);
  await openAsNewAnnotator(page, host);
  await expect(page.getByText('Select text and press 1, 2 or 3 to tag it.')).toBeVisible();

  // Tag with the toolbar button, then pick a label by typing.
  await selectWithMouse(page, 'informed sources');
  await page.getByRole('toolbar', { name: 'Tag the selection' }).getByRole('button', { name: 'Attribution', exact: true }).click();
  const labelInput = page.getByRole('combobox', { name: 'Attribution label' });
  await expect(labelInput).toBeFocused();
  await labelInput.fill('anonym');
  await labelInput.press('Enter');
  await expect(highlight(page, 'informed sources')).toHaveAttribute('data-category', 'attribution');

  // Tag with the toolbar's "Claim" button and with key 2.
  await selectWithMouse(page, 'fundamental disagreements');
  await page.getByRole('toolbar', { name: 'Tag the selection' }).getByRole('button', { name: 'Claim', exact: true }).click();
  await expect(page.getByRole('combobox', { name: 'Claim label' })).toBeFocused();
  await page.keyboard.press('Escape');
  await selectWithMouse(page, 'dead end');
  await page.keyboard.press('2');
  await page.keyboard.press('Escape');

  await expect(highlight(page, 'fundamental disagreements')).toHaveAttribute('data-category', 'claim');
  await expect(highlight(page, 'dead end')).toHaveAttribute('data-category', 'framing');
  await expect(page.locator('.annotation-card')).toHaveCount(3);

  await expect.poll(() => savedAnnotations(host).map((a) => `${a.category}:${a.quote.exact}`).sort()).toEqual([
    'attribution:informed sources',
    'claim:fundamental disagreements',
    'framing:dead end',
  ]);
  expect(savedAnnotations(host).find((a) => a.quote.exact === 'informed sources')?.label).toBe('anonymous-official');

  // Everything is still there after a reload, and the annotator is remembered.
  await page.reload();
  await expect(page.getByRole('button', { name: `Annotator: ${ANNOTATOR}. Change annotator` })).toBeVisible();
  await expect(highlight(page, 'fundamental disagreements')).toHaveAttribute('data-category', 'claim');
  await expect(highlight(page, 'dead end')).toBeVisible();

  // Edit the note of the claim from the panel.
  const card = page.locator('.annotation-card', { hasText: 'fundamental disagreements' });
  await card.getByRole('button', { name: /Show in text/ }).click();
  await expect(highlight(page, 'fundamental disagreements')).toHaveClass(/hl-active/);
  const note = card.getByRole('textbox', { name: 'Note' });
  await note.fill('Channel 13 only; no second source');
  await note.press('Tab');
  await expect.poll(() => savedAnnotations(host).find((a) => a.quote.exact === 'fundamental disagreements')?.note).toBe('Channel 13 only; no second source');

  // Delete it with the Delete key, then undo.
  await card.getByRole('button', { name: /Show in text/ }).click();
  await page.keyboard.press('Delete');
  await expect(highlight(page, 'fundamental disagreements')).toHaveCount(0);
  await expect.poll(() => savedAnnotations(host).some((a) => a.quote.exact === 'fundamental disagreements')).toBe(false);

  await page.keyboard.press('Control+z');
  await expect(highlight(page, 'fundamental disagreements')).toHaveAttribute('data-category', 'claim');
  await expect
    .poll(() => savedAnnotations(host).find((a) => a.quote.exact === 'fundamental disagreements')?.note)
    .toBe('Channel 13 only; no second source');

  // Redo deletes it again.
  await page.keyboard.press('Control+Shift+z');
  await expect(highlight(page, 'fundamental disagreements')).toHaveCount(0);

  // Nothing the app itself does trips its CSP (no inline styles or scripts).
  expect(await cspViolations()).toEqual([]);
});

test('tags with the keyboard alone and refuses an empty selection', async ({ page, host }) => {
  await openAsNewAnnotator(page, host);

  await page.keyboard.press('1');
  await expect(page.getByText('Select some words first: the selection is empty or only spaces')).toBeVisible();

  await page.keyboard.press('t');
  await expect(viewer(page)).toBeFocused();
  for (let i = 0; i < 2; i++) await page.keyboard.press('Control+Shift+ArrowRight');
  await page.keyboard.press('3');
  await page.keyboard.press('Escape');
  const tagged = viewer(page).locator('[data-category="attribution"]');
  await expect(tagged).toHaveCount(1);
  await expect(tagged).toHaveText(/^Israeli media/);

  // J makes it active; Delete removes it; Ctrl+Z brings it back.
  await page.keyboard.press('j');
  await expect(tagged).toHaveClass(/hl-active/);
  await page.keyboard.press('Delete');
  await expect(tagged).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(viewer(page).locator('[data-category="attribution"]')).toHaveCount(1);

  // Keys typed into a field do not tag or delete.
  await page.getByRole('searchbox', { name: 'Search articles' }).fill('2');
  await expect(viewer(page).locator('[data-annotation-id]')).toHaveCount(1);
});

test('lists every action with its key in the command palette and the key map', async ({ page, host }) => {
  await openAsNewAnnotator(page, host);
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await expect(palette.getByRole('option', { name: /Undo\s*Ctrl\+Z/ })).toBeVisible();
  await palette.getByRole('combobox', { name: 'Find an action' }).fill('split');
  await palette.getByRole('combobox', { name: 'Find an action' }).press('Enter');
  await expect(palette).toBeHidden();
  await expect(page.locator('.article-pane')).toHaveCount(2);
  await expect(page.getByRole('combobox', { name: 'Article in the right pane' })).toBeVisible();

  await expect(page.locator('.article-pane').nth(1).locator('.article-outlet')).toHaveText('Pakistan News Network');

  // Boilerplate: dimmed by default, hidden by the toggle (B).
  await page.getByRole('navigation', { name: 'Articles' }).getByRole('button', { name: /In Jerusalem/ }).click();
  const promo = page.locator('.article-viewer .boilerplate').first();
  await expect(promo).toBeVisible();
  await page.keyboard.press('b');
  await expect(promo).toBeHidden();
  await expect(page.getByRole('button', { name: 'Hide boilerplate' })).toHaveAttribute('aria-pressed', 'true');

  await page.keyboard.press('?');
  const keys = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(keys.getByRole('row', { name: /Next annotation\s*J/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(keys).toBeHidden();
});

test('the main screen has no serious or critical accessibility violations', async ({ page, host }) => {
  await seedAnnotations(host);
  await page.goto(host.url);
  await expect(viewer(page).locator('[data-annotation-id]').first()).toBeVisible();
  await page.locator('.annotation-card').first().getByRole('button', { name: /Show in text/ }).click();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${colorScheme}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
  }
});

test('the CSP refuses an injected inline script', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.locator('.app-header')).toBeVisible();
  const violation = page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true });
      }),
  );
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineScriptRan = true;';
    document.head.appendChild(script);
  });
  expect(await violation).toMatch(/^script-src/);
  expect(await page.evaluate(() => (window as { __inlineScriptRan?: boolean }).__inlineScriptRan)).toBeUndefined();
});

test('screenshot of the main screen with a dozen highlights', async ({ page, host }) => {
  await seedAnnotations(host);
  await page.goto(host.url);
  await expect(viewer(page).locator('[data-annotation-id]')).toHaveCount(12);
  await page.locator('.annotation-card', { hasText: 'fundamental disagreements' }).getByRole('button', { name: /Show in text/ }).click();
  await expect(highlight(page, 'fundamental disagreements')).toHaveClass(/hl-active/);

  // Hovering a highlight tells tag, label, annotator and note.
  await highlight(page, 'informed sources').hover();
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toContainText('Attribution · Anonymous official · Dana');
  await expect(tooltip).toContainText('Unnamed; compare with the Western diplomats');
  await page.mouse.move(5, 500);
  await expect(tooltip).toBeHidden();

  await page.locator('.pane-scroll').evaluate((el) => el.scrollTo(0, 0));
  const dir = path.join('test-results', 'screenshots');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, 'workspace.png') });
});

/** A dozen annotations on the first article, made over the API as the analyst "Dana". */
async function seedAnnotations(host: StudyHost): Promise<void> {
  await host.call('setAnnotator', { name: 'Dana' });
  const articles = await host.call<{ id: string; outletName: string }[]>('listArticles');
  const okaz = articles.find((a) => a.outletName === FIRST_OUTLET)!;
  const spans: [string, string, string?, string?][] = [
    ['Israeli media', 'attribution', 'media-report'],
    ['reached a deadlock', 'framing', 'political'],
    ['Israeli Channel 13', 'attribution', 'media-report'],
    ['informed sources', 'attribution', 'anonymous-official', 'Unnamed; compare with the Western diplomats in other outlets'],
    ['fundamental disagreements', 'claim', 'factual'],
    ['An Israeli security official', 'attribution', 'anonymous-official'],
    ['reached a dead end', 'framing', 'political'],
    ['difficulty in forming the international force', 'claim', 'causal'],
    ['disarming the Gaza Strip', 'framing', 'security-defense'],
    ['this contradicts Trump\'s plan', 'claim', 'evaluation', 'Only outlet to name Trump here'],
    ['the worst ever', 'framing', 'loaded-term', 'Quoted, not the outlet\'s own words'],
    ['Hamas\'s strength has increased', 'claim', 'factual'],
  ];
  for (const [quote, category, label, note] of spans) {
    await host.call('annotate', { articleId: okaz.id, quote, category, ...(label ? { label } : {}), ...(note ? { note } : {}) });
  }
}

test('imports files from the picker and by drag and drop, with a result per file', async ({ page, host }) => {
  await openAsNewAnnotator(page, host);
  await page.locator('input[type="file"]').setInputFiles([
    { name: 'harbour-report.txt', mimeType: 'text/plain', buffer: Buffer.from('Harbour reopens after storm\n\nThe harbour reopened on Monday, officials said.\n') },
    { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47]) },
  ]);
  const results = page.getByRole('region', { name: 'Import' });
  await expect(results.getByRole('status')).toHaveText('Imported 1 of 2 files; 1 not imported.');
  await expect(results.getByRole('listitem').filter({ hasText: 'harbour-report.txt' })).toContainText('Imported “Harbour reopens after storm”');
  await expect(results.getByRole('listitem').filter({ hasText: 'photo.png' })).toContainText('Not imported');
  await expect(page.getByRole('navigation', { name: 'Articles' }).getByRole('button', { name: /Harbour reopens after storm/ })).toBeVisible();

  const drop = await page.evaluateHandle(() => {
    const data = new DataTransfer();
    data.items.add(new File(['Second harbour story\n\nShips are queueing outside the harbour.\n'], 'queue.md', { type: 'text/markdown' }));
    return data;
  });
  await page.dispatchEvent('body', 'dragenter', { dataTransfer: drop });
  await page.dispatchEvent('body', 'drop', { dataTransfer: drop });
  await expect(results.getByRole('status')).toHaveText('Imported 1 of 1 file.');
  await expect(page.getByRole('navigation', { name: 'Articles' }).getByRole('button', { name: /Second harbour story/ })).toBeVisible();
});
