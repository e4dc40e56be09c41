import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Test-only file read: vitest empties every CSS import (even `?raw`), and this
// test runs in Node anyway. viewer.css itself stays a static stylesheet.
const css = readFileSync(new URL('./viewer.css', import.meta.url), 'utf8');

/** Custom properties declared in the first rule whose selector contains `selector`. */
function varsOf(selector: string): Map<string, string> {
  const at = css.indexOf(`${selector} {`) >= 0 ? css.indexOf(`${selector} {`) : css.indexOf(`${selector},`);
  if (at < 0) throw new Error(`no rule for ${selector}`);
  const body = css.slice(css.indexOf('{', at) + 1, css.indexOf('}', at));
  const vars = new Map<string, string>();
  for (const m of body.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) vars.set(m[1]!, m[2]!.trim());
  return vars;
}

type RGBA = [number, number, number, number];

function parseColor(value: string): RGBA {
  const hex = /^#([0-9a-f]{6})$/i.exec(value);
  if (hex) {
    const n = parseInt(hex[1]!, 16);
    return [(n >> 16) & 255, (n >> 8) & 255, n & 255, 1];
  }
  const rgba = /^rgba?\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*(?:,\s*([\d.]+)\s*)?\)$/.exec(value);
  if (rgba) return [Number(rgba[1]), Number(rgba[2]), Number(rgba[3]), rgba[4] === undefined ? 1 : Number(rgba[4])];
  throw new Error(`unparsed colour ${value}`);
}

/** Paints `top` over an opaque `under`, as the browser composites nested translucent backgrounds. */
function over(top: RGBA, under: RGBA): RGBA {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i]! * a + under[i]! * (1 - a)).concat(1) as RGBA;
}

function luminance([r, g, b]: RGBA): number {
  const lin = (c: number): number => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

function contrast(a: RGBA, b: RGBA): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [items.slice()];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

const CATEGORIES = ['claim', 'framing', 'attribution'] as const;
const THEMES = {
  light: varsOf('.article-viewer'),
  dark: varsOf("[data-theme='dark'] .article-viewer"),
};

/** Every stack of nested highlights: 1 to 3 categories in any nesting order, any one of them active or none. */
function stacks(): { names: string[]; layers: string[] }[] {
  const result: { names: string[]; layers: string[] }[] = [];
  const subsets = [[0], [1], [2], [0, 1], [0, 2], [1, 2], [0, 1, 2]].map((idx) => idx.map((i) => CATEGORIES[i]!));
  for (const subset of subsets) {
    for (const order of permutations(subset)) {
      for (let active = -1; active < order.length; active++) {
        result.push({
          names: order.map((c, i) => (i === active ? `${c}*` : c)),
          layers: order.map((c, i) => `--hl-${c}-bg${i === active ? '-active' : ''}`),
        });
      }
    }
  }
  return result;
}

describe('viewer.css colours', () => {
  it('declares the same dark theme for the system setting and for [data-theme=dark]', () => {
    const media = css.slice(css.indexOf('@media (prefers-color-scheme: dark)'));
    const system = new Map([...media.slice(media.indexOf('{', media.indexOf('.article-viewer')) + 1, media.indexOf('}')).matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
    expect(system.size).toBeGreaterThan(10);
    expect(system).toEqual(THEMES.dark);
  });

  it('partner and pick marks leave fill and text colour alone (so the blends below cover them) and draw no outline', () => {
    const rules = [...css.matchAll(/([^{}]+)\{([^}]*)\}/g)].filter((m) => /\.hl-(partner|picked)\b/.test(m[1]!));
    expect(rules.length).toBeGreaterThanOrEqual(2);
    for (const [, selector, body] of rules) {
      const properties = [...body!.matchAll(/([\w-]+)\s*:/g)].map((m) => m[1]!);
      expect(properties.length, selector).toBeGreaterThan(0);
      for (const banned of ['background', 'background-color', 'color', 'opacity', 'outline', 'box-shadow', 'border']) {
        expect(properties, `${selector!.trim()} sets ${banned}`).not.toContain(banned);
      }
    }
  });

  for (const [theme, vars] of Object.entries(THEMES)) {
    const color = (name: string): RGBA => parseColor(vars.get(name) ?? 'missing ' + name);
    const bg = color('--viewer-bg');
    const text = color('--viewer-text');

    it(`${theme}: body text meets WCAG AA (4.5:1) on every blend of nested highlights`, () => {
      const failures: string[] = [];
      for (const { names, layers } of stacks()) {
        const fill = layers.reduce((under, layer) => over(color(layer), under), bg);
        const ratio = contrast(text, fill);
        if (ratio < 4.5) failures.push(`${names.join(' > ')}: ${ratio.toFixed(2)}`);
      }
      expect(failures).toEqual([]);
    });

    it(`${theme}: links meet AA on the page and inside any single highlight`, () => {
      const accent = color('--viewer-accent');
      expect(contrast(accent, bg)).toBeGreaterThanOrEqual(4.5);
      for (const c of CATEGORIES) {
        for (const layer of [`--hl-${c}-bg`, `--hl-${c}-bg-active`]) {
          expect(contrast(accent, over(color(layer), bg)), `${c} ${layer}`).toBeGreaterThanOrEqual(4.5);
        }
      }
    });

    it(`${theme}: dimmed boilerplate text still meets WCAG AA`, () => {
      const opacity = Number(THEMES.light.get('--viewer-boilerplate-opacity'));
      expect(opacity).toBeGreaterThan(0);
      expect(opacity).toBeLessThan(1);
      const dimmed = over([text[0], text[1], text[2], opacity], bg);
      expect(contrast(dimmed, bg)).toBeGreaterThanOrEqual(4.5);
    });

    it(`${theme}: underline colours stand out from the page (3:1, WCAG non-text contrast)`, () => {
      for (const c of CATEGORIES) {
        expect(contrast(color(`--hl-${c}-line`), bg), c).toBeGreaterThanOrEqual(3);
      }
    });
  }
});
