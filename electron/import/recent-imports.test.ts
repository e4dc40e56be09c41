import { describe, expect, it } from 'vitest';
import { RecentImports } from './recent-imports';

describe('RecentImports', () => {
  it('converts each distinct input once and hands out independent copies', () => {
    const cache = new RecentImports<{ n: number[] }>();
    let conversions = 0;
    const convert = () => ({ n: [++conversions] });
    const first = cache.get(['html', '', '<p>a</p>'], convert);
    first.n.push(99);
    expect(cache.get(['html', '', '<p>a</p>'], convert)).toEqual({ n: [1] });
    expect(cache.get(['html', 'https://e.x/', '<p>a</p>'], convert)).toEqual({ n: [2] });
    expect(conversions).toBe(2);
  });

  it('forgets the least recently used beyond its entry and size bounds', () => {
    const cache = new RecentImports<number>(2, 100);
    let conversions = 0;
    const get = (content: string) => cache.get(['text', content], () => ++conversions);
    get('a');
    get('b');
    get('a');
    get('c'); // evicts b
    expect(cache.size).toBe(2);
    get('a');
    expect(conversions).toBe(3);
    get('b');
    expect(conversions).toBe(4);
    get('x'.repeat(200)); // larger than the whole cache: converted, not kept
    expect(cache.size).toBe(2);
  });

  it('remembers nothing when the conversion throws', () => {
    const cache = new RecentImports<number>();
    expect(() => cache.get(['html', 'bad'], () => { throw new Error('refused'); })).toThrow('refused');
    expect(cache.size).toBe(0);
  });
});
