// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findPassage } from './scroll-to-text';

function render(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

describe('findPassage', () => {
  it('finds a passage that marks split across text nodes', () => {
    const root = render('<p>Talks stalled.</p><p>There are <strong>approximately 200</strong> fighters in tunnels.</p>');
    const found = findPassage(root, 'There are approximately 200 fighters');
    expect(found?.node.data).toBe('There are ');
    expect(found?.offset).toBe(0);
  });

  it('ignores differences in whitespace and finds text in a later block', () => {
    const root = render('<p>First.</p><p>Second   block\nwith a  passage.</p>');
    const found = findPassage(root, 'block with a passage.');
    expect(found?.node.data.slice(found.offset)).toMatch(/^block/);
  });

  it('keeps blocks apart, so words of two paragraphs do not run together', () => {
    const root = render('<p>end</p><p>start</p>');
    expect(findPassage(root, 'endstart')).toBeNull();
    expect(findPassage(root, 'end start')).not.toBeNull();
  });

  it('keeps a word whole when a mark splits it', () => {
    const root = render('<p>the <em>Zion</em>ist regime</p>');
    expect(findPassage(root, 'Zionist regime')?.node.data).toBe('Zion');
  });

  it('returns null for a passage that is not there', () => {
    expect(findPassage(render('<p>Nothing here.</p>'), 'fighters')).toBeNull();
  });
});
