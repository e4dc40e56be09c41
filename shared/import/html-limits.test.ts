import { describe, expect, it } from 'vitest';
import { HTML_LIMITS, READABILITY_LIMITS, htmlRefusal, readabilityFits } from './html-limits';
import { scanHtml } from './html-scan';

const shape = (over: Partial<Parameters<typeof htmlRefusal>[0]> = {}) => ({ elements: 100, links: 10, maxDepth: 20, maxAttributes: 5, ...over });

describe('htmlRefusal', () => {
  it('accepts pages within every limit, right up to it', () => {
    expect(htmlRefusal(shape())).toBeNull();
    expect(htmlRefusal(shape({ maxDepth: HTML_LIMITS.nesting, elements: HTML_LIMITS.elements, links: HTML_LIMITS.links, maxAttributes: HTML_LIMITS.attributes }))).toBeNull();
  });

  it('names the measure and the limit in one line', () => {
    expect(htmlRefusal(shape({ maxDepth: 3333 }))).toBe('nested 3,333 elements deep; the import limit is 512');
    expect(htmlRefusal(shape({ elements: 60_000 }))).toBe('has 60,000 elements; the import limit is 50,000');
    expect(htmlRefusal(shape({ links: 50_000 }))).toBe('has 50,000 links; the import limit is 10,000');
    expect(htmlRefusal(shape({ maxAttributes: 100_000 }))).toBe('has an element with 100,000 attributes; the import limit is 1,000');
  });

  it('refuses generated hostile pages from the scan alone', () => {
    expect(htmlRefusal(scanHtml('<b>'.repeat(100_000)))).toMatch(/^nested 100,000 elements deep/);
    expect(htmlRefusal(scanHtml(`<div>${'<a href="/x">x</a>'.repeat(50_000)}</div>`))).toMatch(/^has 50,000 links/);
    expect(htmlRefusal(scanHtml(`<div>${'<i>x</i>'.repeat(60_000)}</div>`))).toMatch(/^has 60,001 elements/);
    expect(htmlRefusal(scanHtml(`<div>${'<a href="/x">x</a>'.repeat(12_000)}</div>`))).toMatch(/^has 12,000 links/);
  });
});

describe('readabilityFits', () => {
  it('keeps Readability to pages whose shape it handles in reasonable time', () => {
    expect(readabilityFits(shape())).toBe(true);
    expect(readabilityFits(shape({ maxDepth: READABILITY_LIMITS.nesting + 1 }))).toBe(false);
    expect(readabilityFits(shape({ elements: READABILITY_LIMITS.elements + 1 }))).toBe(false);
    expect(readabilityFits(shape({ links: READABILITY_LIMITS.links + 1 }))).toBe(false);
  });
});
