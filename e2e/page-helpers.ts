import type { Page } from '@playwright/test';
import type { StudyHost } from './fixtures';

/** Page and study helpers shared by the browser-mode specs. */

/** The first pane's article text. */
export const viewer = (page: Page) => page.locator('.article-viewer').first();

/** Drags the mouse across a phrase of the article text, as an analyst selects it. */
export async function selectWithMouse(page: Page, phrase: string): Promise<void> {
  const box = await viewer(page).evaluate((root, phrase) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(phrase);
      if (at < 0) continue;
      node.parentElement!.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + phrase.length);
      const rects = range.getClientRects();
      const first = rects[0]!;
      const last = rects[rects.length - 1]!;
      return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
    }
    return null;
  }, phrase);
  if (!box) throw new Error(`"${phrase}" is not in the article text`);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 6 });
  await page.mouse.up();
}

/** Records every CSP violation on the page, from its first script on. */
export async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as { __cspViolations?: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  return () => page.evaluate(() => (window as { __cspViolations?: string[] }).__cspViolations ?? []);
}

/** The id of the sample study's article from one outlet. */
export async function articleOf(host: StudyHost, outlet: string): Promise<string> {
  const articles = await host.call<{ id: string; outletName: string }[]>('listArticles');
  const found = articles.find((a) => a.outletName === outlet);
  if (!found) throw new Error(`no article from ${outlet}`);
  return found.id;
}

/** Tags a quote over the API, as the current annotator; returns the annotation id. */
export async function tag(host: StudyHost, outlet: string, quote: string, category = 'claim', extra: Record<string, string> = {}): Promise<string> {
  return (await host.call<{ id: string }>('annotate', { articleId: await articleOf(host, outlet), quote, category, ...extra })).id;
}
