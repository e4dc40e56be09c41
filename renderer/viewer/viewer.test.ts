// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { canonicalText, docFromJSON } from '../../shared/text';
import { highlightState, type Highlight } from './highlights';
import { hl, mixedDoc, paragraphsDoc } from './test-docs';
import { ArticleViewer, type ViewerCallbacks } from './viewer';

// "Alpha beta gamma" = 0..16, "\n\n", "Delta epsilon" = 18..31, "\n\n", "Zeta eta" = 33..41
const DOC = paragraphsDoc('Alpha beta gamma', 'Delta epsilon', 'Zeta eta');
const TEXT = canonicalText(docFromJSON(DOC)).text;

let mount: HTMLElement;
let viewer: ArticleViewer;

function open(highlights: Highlight[], callbacks: ViewerCallbacks = {}, doc = DOC): ArticleViewer {
  viewer = new ArticleViewer(mount, callbacks);
  viewer.setArticle(doc, highlights);
  return viewer;
}

function spans(id: string): HTMLElement[] {
  return Array.from(viewer.view.dom.querySelectorAll<HTMLElement>(`[data-annotation-id="${id}"]`));
}

beforeEach(() => {
  mount = document.createElement('div');
  document.body.appendChild(mount);
});

afterEach(() => {
  viewer?.destroy();
  mount.remove();
});

describe('ArticleViewer: rendering highlights', () => {
  it('nests overlapping highlights so both ids are in the DOM around the shared text', () => {
    // "Alpha beta" and "beta gamma" share "beta"
    open([hl('a', 0, 10, 'claim'), hl('b', 6, 16, 'framing')]);
    expect(spans('a').map((e) => e.textContent).join('')).toBe('Alpha beta');
    expect(spans('b').map((e) => e.textContent).join('')).toBe('beta gamma');
    const inner = spans('b').find((e) => e.textContent === 'beta');
    const outer = spans('a').find((e) => e.textContent === 'beta');
    expect(inner).toBeDefined();
    expect(outer).toBeDefined();
    // One wraps the other: both ids on the path from the text to the paragraph.
    expect(inner!.contains(outer!) || outer!.contains(inner!)).toBe(true);
  });

  it('draws a cross-block highlight as one span per block, and their text is the slice minus separators', () => {
    open([hl('x', 11, 37, 'attribution')]);
    const els = spans('x');
    const blocks = new Set(els.map((e) => e.closest('p')));
    expect(blocks.size).toBe(3);
    expect(blocks.has(null)).toBe(false);
    expect(els.map((e) => e.textContent).join('')).toBe(TEXT.slice(11, 37).replaceAll('\n\n', ''));
    // No span contains a block element, i.e. none reaches over a separator.
    for (const e of els) expect(e.querySelector('p')).toBeNull();
  });

  it('marks highlights with category classes and data attributes, never inline styles', () => {
    open([hl('a', 0, 5, 'framing', { linked: true })]);
    const [el] = spans('a');
    expect(el?.className).toBe('hl hl-framing hl-linked');
    expect(el?.getAttribute('data-category')).toBe('framing');
    expect(el?.hasAttribute('style')).toBe(false);
  });

  it('adds and removes highlights in the DOM', () => {
    open([hl('a', 0, 5)]);
    viewer.addHighlights([hl('b', 18, 23, 'attribution')]);
    expect(spans('b').map((e) => e.textContent)).toEqual(['Delta']);
    expect(viewer.highlightIds()).toEqual(['a', 'b']);
    viewer.removeHighlights(['a']);
    expect(spans('a')).toEqual([]);
    expect(viewer.highlightIds()).toEqual(['b']);
  });

  it('keeps the same DecorationSet when an update changes nothing', () => {
    open([hl('a', 0, 5)]);
    const set = highlightState(viewer.view.state).set;
    viewer.removeHighlights(['unknown']);
    viewer.addHighlights([]);
    expect(highlightState(viewer.view.state).set).toBe(set);
    viewer.addHighlights([hl('b', 6, 10)]);
    expect(highlightState(viewer.view.state).set).not.toBe(set);
  });

  it('updates a highlight in place: new range and category, same id', () => {
    open([hl('a', 0, 5, 'claim')]);
    viewer.updateHighlight(hl('a', 6, 16, 'framing'));
    expect(spans('a').map((e) => e.textContent).join('')).toBe('beta gamma');
    expect(spans('a')[0]?.getAttribute('data-category')).toBe('framing');
  });

  it('sets the active class on every segment of the active highlight only', () => {
    open([hl('x', 11, 23), hl('b', 0, 5)]);
    viewer.setActive('x');
    expect(spans('x').every((e) => e.classList.contains('hl-active'))).toBe(true);
    expect(spans('b')[0]?.classList.contains('hl-active')).toBe(false);
    viewer.setActive(null);
    expect(spans('x').some((e) => e.classList.contains('hl-active'))).toBe(false);
  });

  it('scrollToHighlight scrolls the first segment into view and makes it active', () => {
    open([hl('x', 11, 23)]);
    const scrolled: Element[] = [];
    const spy = vi.spyOn(HTMLElement.prototype, 'scrollIntoView').mockImplementation(function (this: HTMLElement) {
      scrolled.push(this);
    });
    viewer.scrollToHighlight('x');
    spy.mockRestore();
    expect(viewer.activeId()).toBe('x');
    expect(scrolled).toHaveLength(1);
    expect(scrolled[0]?.getAttribute('data-annotation-id')).toBe('x');
    expect(scrolled[0]?.textContent).toBe('gamma');
  });
});

describe('ArticleViewer: partners and picks', () => {
  /** Makes every highlight span report `top` as the top of its first line. */
  function placeSpans(top: number): () => void {
    const rect = { left: 0, right: 100, top, bottom: top + 20, x: 0, y: top, width: 100, height: 20, toJSON: () => ({}) };
    const rects = vi.spyOn(HTMLElement.prototype, 'getClientRects').mockImplementation(() => Object.assign([rect], { item: () => rect }) as unknown as DOMRectList);
    return () => rects.mockRestore();
  }

  function captureScrolls(): { scrolled: Element[]; restore(): void } {
    const scrolled: Element[] = [];
    const spy = vi.spyOn(HTMLElement.prototype, 'scrollIntoView').mockImplementation(function (this: HTMLElement) {
      scrolled.push(this);
    });
    return { scrolled, restore: () => spy.mockRestore() };
  }

  it('marks every segment of each partner with hl-partner and clears the marks when told', () => {
    open([hl('x', 11, 37), hl('a', 0, 5)]);
    viewer.setPartners(['x']);
    expect(spans('x')).toHaveLength(3);
    expect(spans('x').every((e) => e.classList.contains('hl-partner'))).toBe(true);
    expect(spans('a')[0]?.classList.contains('hl-partner')).toBe(false);
    viewer.setPartners([]);
    expect(spans('x').some((e) => e.classList.contains('hl-partner'))).toBe(false);
  });

  it('marks picked highlights with hl-picked, alongside the active mark, with no inline style', () => {
    open([hl('a', 0, 5), hl('b', 6, 10)]);
    viewer.setActive('a');
    viewer.setPicked(['a', 'b']);
    expect(spans('a')[0]?.className).toBe('hl hl-claim hl-active hl-picked');
    expect(spans('b')[0]?.className).toBe('hl hl-claim hl-picked');
    expect(spans('a')[0]?.hasAttribute('style')).toBe(false);
    viewer.setPicked(['b']);
    expect(spans('a')[0]?.classList.contains('hl-picked')).toBe(false);
  });

  it('keeps the same DecorationSet when the marks are set to what they are', () => {
    open([hl('a', 0, 5), hl('b', 6, 10)]);
    viewer.setPartners(['a']);
    viewer.setPicked(['b']);
    const state = highlightState(viewer.view.state);
    viewer.setPartners(['a']);
    viewer.setPicked(['b', 'b']);
    expect(highlightState(viewer.view.state)).toBe(state);
  });

  it('opens an article with its marks drawn from the start', () => {
    open([]);
    viewer.setArticle(DOC, [hl('a', 0, 5), hl('b', 6, 10)], { partners: ['a'], picked: ['b'] });
    expect(spans('a')[0]?.classList.contains('hl-partner')).toBe(true);
    expect(spans('b')[0]?.classList.contains('hl-picked')).toBe(true);
  });

  it('scrolls the first partner in reading order into view when it is off-screen, leaving focus and the active mark alone', () => {
    open([hl('late', 33, 37), hl('x', 11, 23), hl('b', 0, 5)]);
    viewer.setActive('b');
    viewer.setPartners(['late', 'x']);
    const outside = placeSpans(900);
    const { scrolled, restore } = captureScrolls();
    const focused = document.activeElement;
    const moved = viewer.revealPartners({ left: 0, right: 800, top: 100, bottom: 600 });
    restore();
    outside();
    expect(moved).toBe(true);
    expect(scrolled.map((e) => [e.getAttribute('data-annotation-id'), e.textContent])).toEqual([['x', 'gamma']]);
    expect(document.activeElement).toBe(focused);
    expect(viewer.activeId()).toBe('b');
  });

  it('does not scroll when the first partner is already in view, or when there is none', () => {
    open([hl('x', 11, 23)]);
    const inside = placeSpans(300);
    const { scrolled, restore } = captureScrolls();
    const bounds = { left: 0, right: 800, top: 100, bottom: 600 };
    const noPartner = viewer.revealPartners(bounds);
    viewer.setPartners(['x']);
    const visible = viewer.revealPartners(bounds);
    viewer.setPartners(['not-in-this-article']);
    const unknown = viewer.revealPartners(bounds);
    restore();
    inside();
    expect([noPartner, visible, unknown]).toEqual([false, false, false]);
    expect(scrolled).toEqual([]);
  });
});

describe('ArticleViewer: selection', () => {
  it('returns the offsets and canonical text of a programmatic selection', () => {
    open([]);
    viewer.selectRange(6, 10);
    expect(viewer.selection()).toEqual({ start: 6, end: 10, text: 'beta' });
  });

  it('selects across blocks with the separator in the text', () => {
    open([]);
    viewer.selectRange(11, 23);
    expect(viewer.selection()).toEqual({ start: 11, end: 23, text: 'gamma\n\nDelta' });
  });

  it('reports selection changes once, and null when the selection collapses', () => {
    const onSelect = vi.fn();
    open([], { onSelect });
    viewer.selectRange(0, 5);
    viewer.selectRange(0, 5);
    viewer.selectRange(3, 3);
    expect(onSelect).toHaveBeenCalledTimes(2);
    expect(onSelect.mock.calls[0]?.[0]).toMatchObject({ start: 0, end: 5, text: 'Alpha' });
    expect(onSelect.mock.calls[0]?.[0]).toHaveProperty('rect.top');
    expect(onSelect.mock.calls[1]?.[0]).toBeNull();
    expect(viewer.selection()).toBeNull();
  });
});

describe('ArticleViewer: pointer and links', () => {
  function click(target: Element, init: MouseEventInit = {}): MouseEvent {
    const event = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, ...init });
    target.dispatchEvent(event);
    return event;
  }

  it('prevents link navigation and reports the href', () => {
    const onLinkClick = vi.fn();
    open([], { onLinkClick }, mixedDoc());
    const link = viewer.view.dom.querySelector('a');
    expect(link).not.toBeNull();
    const event = click(link!);
    expect(event.defaultPrevented).toBe(true);
    expect(onLinkClick).toHaveBeenCalledWith('https://example.org/report');
  });

  it('prevents a middle-click on a link from opening it', () => {
    open([], {}, mixedDoc());
    const event = new MouseEvent('auxclick', { bubbles: true, cancelable: true, button: 1 });
    viewer.view.dom.querySelector('a')!.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
  });

  it('reports a click on overlapping highlights as the innermost one', () => {
    const onHighlightClick = vi.fn();
    open([hl('a', 0, 16), hl('b', 6, 10)], { onHighlightClick });
    const inner = spans('b')[0]!;
    click(inner.firstChild instanceof Element ? inner.firstChild : inner);
    expect(onHighlightClick).toHaveBeenCalledTimes(1);
    const innermostId = inner.querySelector('[data-annotation-id]')?.getAttribute('data-annotation-id') ?? 'b';
    expect(onHighlightClick).toHaveBeenCalledWith(innermostId);
  });

  it('reports hovered highlight ids innermost first, then null when leaving them', () => {
    const onHover = vi.fn();
    open([hl('a', 0, 16), hl('b', 6, 10)], { onHover });
    const beta = [...spans('a'), ...spans('b')].find((e) => e.textContent === 'beta' && !e.querySelector('[data-annotation-id]'))!;
    beta.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    const innermost = beta.getAttribute('data-annotation-id');
    expect(onHover).toHaveBeenLastCalledWith({ ids: [innermost, innermost === 'a' ? 'b' : 'a'], rect: expect.any(Object) });
    viewer.view.dom.querySelectorAll('p')[1]!.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    expect(onHover).toHaveBeenLastCalledWith(null);
    expect(onHover).toHaveBeenCalledTimes(2);
  });
});

describe('ArticleViewer: document element', () => {
  it('is focusable, read-only and labelled', () => {
    open([]);
    const dom = viewer.view.dom;
    expect(dom.getAttribute('contenteditable')).toBe('false');
    expect(dom.getAttribute('tabindex')).toBe('0');
    expect(dom.getAttribute('aria-label')).toBe('Article text');
    expect(['document', 'article']).toContain(dom.getAttribute('role'));
    // aria-readonly is not allowed on these roles (axe: aria-allowed-attr).
    expect(dom.hasAttribute('aria-readonly')).toBe(false);
  });

  it('shows boilerplate blocks with their class and hides them with hide-boilerplate', () => {
    open([], {}, mixedDoc());
    const dom = viewer.view.dom;
    expect(dom.querySelector('p.boilerplate')?.getAttribute('data-boilerplate')).toBe('ad');
    viewer.setBoilerplateHidden(true);
    expect(dom.classList.contains('hide-boilerplate')).toBe(true);
    viewer.setBoilerplateHidden(false);
    expect(dom.classList.contains('hide-boilerplate')).toBe(false);
  });

  it('replaces the article and its highlights on setArticle', () => {
    open([hl('a', 0, 5)]);
    viewer.setArticle(paragraphsDoc('Another text'), [hl('n', 0, 7)]);
    expect(viewer.highlightIds()).toEqual(['n']);
    expect(viewer.view.dom.textContent).toBe('Another text');
  });
});

describe('ArticleViewer: selection moved by script', () => {
  it('takes a DOM selection into the state at once, so a highlight update cannot draw the old one back', () => {
    open([]);
    viewer!.selectRange(0, 5);
    const textNode = viewer!.view.dom.querySelector('p')!.firstChild!;
    const sel = document.getSelection()!;
    sel.setBaseAndExtent(textNode, 0, textNode, 10);
    viewer!.syncSelectionFromDOM();
    expect(viewer!.selection()).toMatchObject({ start: 0, end: 10 });
    viewer!.addHighlights([hl('late', 12, 14, 'claim')]);
    expect(viewer!.selection()).toMatchObject({ start: 0, end: 10 });
  });
});
