import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalText, docFromJSON } from '../../shared/text';
import { importHtml } from './html';

const fixture = readFileSync(new URL('./fixtures/news-page.html', import.meta.url), 'utf8');
const PAGE_URL = 'https://www.dailyledger.example/world/2025/12/gaza-talks-stall';

function imported(html: string, url?: string) {
  const result = importHtml(html, url ? { url } : {});
  const doc = docFromJSON(result.doc);
  const { text, blocks } = canonicalText(doc);
  return { ...result, pm: doc, text, blocks, texts: blocks.map((b) => text.slice(b.start, b.end)) };
}

describe('importHtml on a saved news page', () => {
  const page = imported(fixture, PAGE_URL);

  it('reads the metadata from the head', () => {
    expect(page.meta).toEqual({
      title: 'Gaza ceasefire talks stall over second phase',
      outlet: 'The Daily Ledger',
      author: 'Amira Haddad',
      publishedAt: '2025-12-21T08:30:00Z',
      url: 'https://www.dailyledger.example/world/2025/12/gaza-talks-stall',
      language: 'en-GB',
    });
  });

  it('keeps the article text, in order, and nothing of the page around it', () => {
    expect(page.texts).toEqual([
      'Talks between Washington and Israel on the second phase of the Gaza ceasefire have reached a deadlock, according to two Western diplomats familiar with the discussions.',
      'The main obstacle is the international stabilisation force, which the United States has struggled to assemble. Several Arab and Muslim states have declined to send troops without a clear mandate from the UN Security Council.',
      'Israeli officials insist that reconstruction cannot begin before Hamas is fully disarmed. “There will be no rebuilding while the tunnels remain,” one senior official said.',
      'Fighters trapped in Rafah',
      'Dozens of fighters are believed to remain in tunnels beneath Rafah, in an area still held by the Israeli army. Mediators have proposed safe passage in exchange for their weapons.',
      'Egypt has offered to host talks on the fighters’ surrender.',
      'Qatar and Turkey are acting as guarantors of the deal.',
      'A spokesperson for the prime minister said any decision on Gaza would be taken in coordination with the Trump administration.',
      'We will not accept a situation in which Hamas rearms under the cover of a ceasefire.',
      'The next round of talks is expected in Cairo early in the new year.',
    ]);
    for (const noise of ['Politics', 'Search', 'dataLayer', 'googletag', 'HACKED', 'All rights reserved', 'Privacy policy', 'Inside the Rafah tunnels']) {
      expect(page.text).not.toContain(noise);
    }
  });

  it('keeps the structure and the marks', () => {
    expect(page.blocks.map((b) => `${b.type}:${b.container ?? ''}`)).toEqual([
      'paragraph:', 'paragraph:', 'paragraph:', 'heading:', 'paragraph:', 'paragraph:list', 'paragraph:list', 'paragraph:', 'paragraph:blockquote', 'paragraph:',
    ]);
    const json = JSON.stringify(page.doc);
    expect(json).toContain('{"type":"text","marks":[{"type":"bold"}],"text":"two Western diplomats"}');
    expect(json).toContain('{"type":"text","marks":[{"type":"italic"}],"text":"Israeli army"}');
    expect(json).toContain('{"type":"text","marks":[{"type":"link","attrs":{"href":"https://www.un.org/securitycouncil/"}}],"text":"UN Security Council"}');
  });

  it('produces canonical JSON (round-trips unchanged)', () => {
    expect(page.pm.toJSON()).toEqual(page.doc);
  });

  it('without a page address, takes the absolute og:url and drops unresolvable relative links', () => {
    const bare = imported(fixture);
    expect(bare.meta.url).toBe('https://www.dailyledger.example/world/2025/12/gaza-talks-stall?utm_source=og');
    expect(bare.texts).toEqual(page.texts);
  });
});

describe('importHtml fallbacks and boilerplate', () => {
  it('walks the body when Readability finds no article, dropping page chrome, and flags furniture', () => {
    const result = imported(
      '<html><body><nav><a href="/">Home</a></nav><p>Short article text.</p><div>Advertisement</div><p>Read more</p><footer>Footer text</footer></body></html>',
    );
    expect(result.texts).toEqual(['Short article text.', 'Advertisement', 'Read more']);
    expect(result.blocks.map((b) => b.boilerplate)).toEqual([null, 'ad', 'promo']);
  });

  it('reads metadata from <title> and JSON-LD when there are no meta tags', () => {
    const result = importHtml(
      `<html lang="fr"><head><title>Le titre - Le Journal</title>
       <script type="application/ld+json">[{"@type":"NewsArticle","datePublished":"2025-11-02","author":["A. Un","B. Deux"],"publisher":{"name":"Le Journal"}}]</script>
       </head><body><p>Texte.</p></body></html>`,
    );
    expect(result.meta).toEqual({ title: 'Le titre', outlet: 'Le Journal', author: 'A. Un, B. Deux', publishedAt: '2025-11-02', language: 'fr' });
  });

  it('ignores broken JSON-LD and author URLs', () => {
    const result = importHtml(
      '<head><meta property="article:author" content="https://x.example/me"><script type="application/ld+json">{broken</script></head><body><p>Text.</p></body>',
    );
    expect(result.meta.author).toBeUndefined();
  });

  it('refuses a page with only scripts and styles', () => {
    expect(() => importHtml('<html><head><style>p{}</style></head><body><script>document.write("hi")</script></body></html>')).toThrow('no text');
  });
});
