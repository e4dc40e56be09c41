import type { DocNode } from '../../shared/model';
import { articleSchema } from '../../shared/text';
import type { Highlight } from './highlights';

/** Small article documents and highlights shared by the viewer tests. */

const s = articleSchema;

/** Paragraphs of plain text, built through the schema so they are valid. */
export function paragraphsDoc(...texts: string[]): DocNode {
  return s.node('doc', null, texts.map((t) => s.node('paragraph', null, t ? [s.text(t)] : []))).toJSON() as DocNode;
}

/** A doc with a heading, a linked paragraph, a boilerplate block and a list. */
export function mixedDoc(): DocNode {
  const link = s.marks.link.create({ href: 'https://example.org/report' });
  return s
    .node('doc', null, [
      s.node('heading', { level: 1 }, [s.text('Ceasefire talks')]),
      s.node('paragraph', null, [s.text('Officials said '), s.text('the report', [link]), s.text(' was wrong.')]),
      s.node('paragraph', { boilerplate: 'ad' }, [s.text('Subscribe now')]),
      s.node('bullet_list', null, [s.node('list_item', null, [s.node('paragraph', null, [s.text('First point')])])]),
    ])
    .toJSON() as DocNode;
}

/** A highlight with defaults for the fields tests do not care about. */
export function hl(id: string, start: number, end: number, category: Highlight['category'] = 'claim', extra: Partial<Highlight> = {}): Highlight {
  return { id, start, end, category, annotator: 'ana', note: '', ...extra };
}
