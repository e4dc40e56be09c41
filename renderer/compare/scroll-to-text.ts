/**
 * Finds a passage in rendered article text and scrolls it into view. The
 * viewer renders the canonical text in text nodes (marks split them, blocks
 * separate them), so the passage is searched in the text nodes joined up,
 * whitespace-insensitively, and mapped back to a node.
 */

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, th';

/** The text node and offset where `passage` starts under `root`, or null. */
export function findPassage(root: Node, passage: string): { node: Text; offset: number } | null {
  const wanted = passage.replace(/\s+/g, ' ').trim().slice(0, 120);
  if (!wanted) return null;
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  // The joined text, whitespace collapsed, with where each character came from.
  let joined = '';
  const origins: { node: Text; offset: number }[] = [];
  let lastSpace = true;
  let lastBlock: Element | null = null;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const node = n as Text;
    const text = node.data;
    // A new block (paragraph, heading, list item) keeps its words apart from the last one's.
    const block = node.parentElement?.closest(BLOCKS) ?? null;
    if (block !== lastBlock && !lastSpace) {
      joined += ' ';
      origins.push({ node, offset: 0 });
      lastSpace = true;
    }
    lastBlock = block;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i]!;
      if (/\s/.test(ch)) {
        if (lastSpace) continue;
        joined += ' ';
        lastSpace = true;
      } else {
        joined += ch;
        lastSpace = false;
      }
      origins.push({ node, offset: i });
    }
  }
  const at = joined.indexOf(wanted);
  return at < 0 ? null : (origins[at] ?? null);
}

/** Scrolls the passage to the middle of its scroller; false when it is not (yet) rendered. */
export function scrollToPassage(root: HTMLElement, passage: string): boolean {
  const found = findPassage(root, passage);
  const element = found?.node.parentElement;
  if (!element) return false;
  element.scrollIntoView({ block: 'center' });
  return true;
}
