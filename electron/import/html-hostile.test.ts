import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocNode } from '../../shared/model';
import { canonicalText, docFromJSON } from '../../shared/text';
import { HOSTILE_HIDDEN_TEXT, hostilePage } from './fixtures/hostile';
import { importHtml } from './html';

const NODE_TYPES = new Set(['doc', 'paragraph', 'heading', 'blockquote', 'bullet_list', 'ordered_list', 'list_item', 'text']);
const ATTRS = new Set(['boilerplate', 'level', 'order']);
const MARKS = new Set(['bold', 'italic', 'link']);

/** Fails unless every node, attribute and mark is one our schema defines and every link is http(s) or mailto. */
function expectOnlySchemaContent(node: DocNode): void {
  expect(NODE_TYPES.has(node.type), `node type ${node.type}`).toBe(true);
  for (const key of Object.keys(node.attrs ?? {})) expect(ATTRS.has(key), `attribute ${key}`).toBe(true);
  for (const mark of node.marks ?? []) {
    expect(MARKS.has(mark.type), `mark ${mark.type}`).toBe(true);
    if (mark.type === 'link') {
      expect(Object.keys(mark.attrs ?? {})).toEqual(['href']);
      expect(String(mark.attrs?.href)).toMatch(/^(?:https?:\/\/|mailto:)/);
    }
  }
  for (const child of node.content ?? []) expectOnlySchemaContent(child);
}

let server: Server;
let origin = '';
const hits: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    hits.push(req.url ?? '');
    res.end('body { }');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('importHtml with hostile HTML', () => {
  const run = (url?: string) => {
    const result = importHtml(hostilePage(origin), url ? { url } : {});
    const { text } = canonicalText(docFromJSON(result.doc));
    return { ...result, text };
  };

  it('keeps the visible text and nothing hidden, embedded or executable', () => {
    const { text } = run();
    expect(text).toContain('Visible article text that should survive the import intact.');
    expect(text).toContain('Styled paragraph.');
    expect(text).toContain('js link');
    expect(text).toContain('good link');
    expect(text).toContain('Cell text');
    expect(text).toContain('Custom element text');
    expect(text).toContain('Next para');
    for (const hidden of HOSTILE_HIDDEN_TEXT) expect(text).not.toContain(hidden);
  });

  it('produces only schema nodes and marks, with the one safe link', () => {
    const { doc } = run();
    expectOnlySchemaContent(doc);
    const json = JSON.stringify(doc);
    for (const bad of ['javascript', 'vbscript', 'data:', 'onclick', 'onerror', 'onload', 'style=', 'color:red', '<']) expect(json.toLowerCase()).not.toContain(bad);
    expect(json).toContain('{"type":"link","attrs":{"href":"https://ok.example/story"}}');
    expect(json.match(/"type":"link"/g)).toHaveLength(1);
  });

  it('runs no script and fetches nothing, even with the page address pointing at the server', async () => {
    run();
    run(`${origin}/page.html`);
    // Give any stray request that was started a moment to arrive before counting.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(hits).toEqual([]);
    expect((globalThis as Record<string, unknown>).__importPwned).toBeUndefined();
  });

  it('survives absurd nesting with a clear refusal instead of a stack overflow', () => {
    const deep = `${'<div>'.repeat(3000)}deep text${'</div>'.repeat(3000)}`;
    expect(() => importHtml(deep)).toThrow('The page: nested 3,000 elements deep; the import limit is 512');
    const fine = `${'<div>'.repeat(100)}<p>Nested but fine.</p>${'</div>'.repeat(100)}`;
    expect(canonicalText(docFromJSON(importHtml(fine).doc)).text).toBe('Nested but fine.');
  });

  it('ignores a page address that is not http(s)', () => {
    const result = importHtml('<p>Text <a href="/x">rel</a>.</p>', { url: 'javascript:alert(1)' });
    expect(result.meta.url).toBeUndefined();
    expect(JSON.stringify(result.doc)).not.toContain('link');
  });
});
