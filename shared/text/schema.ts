import { Schema, type DOMOutputSpec, type Node as PMNode } from 'prosemirror-model';

/** Attributes every text block carries: whether it is boilerplate (ad, poll, promo...) and which kind. */
const blockAttrs = { boilerplate: { default: null as string | null } };

function blockDOM(tag: string, node: PMNode): DOMOutputSpec {
  const kind = node.attrs.boilerplate as string | null;
  return kind ? [tag, { class: 'boilerplate', 'data-boilerplate': kind }, 0] : [tag, 0];
}

/**
 * The article schema: what imports produce and the viewer shows. Only these
 * nodes and marks exist, so nothing else from an imported page can survive.
 */
export const articleSchema = new Schema({
  nodes: {
    doc: { content: 'block+' },
    paragraph: {
      group: 'block',
      content: 'inline*',
      attrs: blockAttrs,
      parseDOM: [{ tag: 'p' }],
      toDOM: (node) => blockDOM('p', node),
    },
    heading: {
      group: 'block',
      content: 'inline*',
      defining: true,
      attrs: { ...blockAttrs, level: { default: 2 } },
      parseDOM: [1, 2, 3, 4, 5, 6].map((level) => ({ tag: `h${level}`, attrs: { level } })),
      toDOM: (node) => blockDOM(`h${Math.min(6, Math.max(1, Number(node.attrs.level) || 2))}`, node),
    },
    blockquote: {
      group: 'block',
      content: 'block+',
      defining: true,
      parseDOM: [{ tag: 'blockquote' }],
      toDOM: () => ['blockquote', 0],
    },
    bullet_list: {
      group: 'block',
      content: 'list_item+',
      parseDOM: [{ tag: 'ul' }],
      toDOM: () => ['ul', 0],
    },
    ordered_list: {
      group: 'block',
      content: 'list_item+',
      attrs: { order: { default: 1 } },
      parseDOM: [{ tag: 'ol' }],
      toDOM: (node) => (node.attrs.order === 1 ? ['ol', 0] : ['ol', { start: node.attrs.order }, 0]),
    },
    list_item: {
      content: 'paragraph block*',
      defining: true,
      parseDOM: [{ tag: 'li' }],
      toDOM: () => ['li', 0],
    },
    text: { group: 'inline' },
  },
  marks: {
    bold: {
      parseDOM: [{ tag: 'strong' }, { tag: 'b' }],
      toDOM: () => ['strong', 0],
    },
    italic: {
      parseDOM: [{ tag: 'em' }, { tag: 'i' }],
      toDOM: () => ['em', 0],
    },
    link: {
      attrs: { href: {} },
      inclusive: false,
      parseDOM: [{ tag: 'a[href]', getAttrs: (dom) => ({ href: (dom as { getAttribute(n: string): string | null }).getAttribute('href') }) }],
      // The viewer intercepts clicks: a link never navigates inside the app.
      toDOM: (mark) => ['a', { href: mark.attrs.href as string, title: mark.attrs.href as string, rel: 'noopener noreferrer nofollow' }, 0],
    },
  },
});

export type ArticleSchema = typeof articleSchema;
