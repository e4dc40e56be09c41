import type { Annotation, Link } from '../model';
import { CATEGORY_NAMES, LINK_KIND_NAMES } from '../export/words';
import { annotationRows, sortedArticles, sortedLinks } from '../export/rows';
import type { ExportArticle, ExportInput } from '../export/types';
import { slugify } from '../text/slug';
import { OC_URN } from './records';
import { sha256Hex } from './sha256';

/**
 * The study as a W3C Web Annotation collection (Web Annotation Data Model
 * and Vocabulary, W3C Recommendation 2017), JSON-LD with the standard
 * context. Each annotation targets the article's source URL (or the
 * `urn:sha256:` of its canonical text when it has no web address) through a
 * TextQuoteSelector and a TextPositionSelector. Its bodies carry, each with
 * its purpose: the category and label as classifying SpecificResources (our
 * own URNs, as the model asks for a class IRI), the label's name as a
 * tagging TextualBody that any annotation tool can show, and the note as a
 * commenting TextualBody. A link is an annotation with motivation `linking`
 * whose targets are its member annotations' ids.
 */

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** Where an annotation on this article points: its http(s) URL, else a URN of its text's hash. */
export function articleSourceIri(article: Pick<ExportArticle, 'url' | 'text'>): string {
  if (article.url && /^https?:\/\/\S+$/i.test(article.url.trim())) return article.url.trim();
  return `urn:sha256:${sha256Hex(article.text)}`;
}

const creator = (name: string) => ({ id: `${OC_URN.annotator}${encodeURIComponent(name)}`, type: 'Person', name });

function annotationNode(a: Annotation, labelName: string, source: string) {
  const body: Record<string, unknown>[] = [
    { type: 'SpecificResource', purpose: 'classifying', source: `${OC_URN.category}${a.category}`, label: CATEGORY_NAMES[a.category] },
  ];
  if (a.label) {
    body.push({ type: 'SpecificResource', purpose: 'classifying', source: `${OC_URN.label}${a.category}:${a.label}`, label: labelName });
    body.push({ type: 'TextualBody', purpose: 'tagging', value: labelName, format: 'text/plain' });
  }
  if (a.note) body.push({ type: 'TextualBody', purpose: 'commenting', value: a.note, format: 'text/plain' });
  return {
    id: `${OC_URN.annotation}${a.id}`,
    type: 'Annotation',
    motivation: a.label ? 'tagging' : 'classifying',
    creator: creator(a.annotator),
    created: a.createdAt,
    modified: a.updatedAt,
    body,
    target: {
      source,
      selector: [
        { type: 'TextQuoteSelector', exact: a.quote.exact, prefix: a.quote.prefix, suffix: a.quote.suffix },
        { type: 'TextPositionSelector', start: a.position.start, end: a.position.end },
      ],
    },
  };
}

function linkNode(l: Link) {
  const body: Record<string, unknown>[] = [
    { type: 'SpecificResource', purpose: 'classifying', source: `${OC_URN.linkKind}${l.kind}`, label: LINK_KIND_NAMES[l.kind] },
  ];
  if (l.label) body.push({ type: 'TextualBody', purpose: 'describing', value: l.label, format: 'text/plain' });
  if (l.note) body.push({ type: 'TextualBody', purpose: 'commenting', value: l.note, format: 'text/plain' });
  return {
    id: `${OC_URN.link}${l.id}`,
    type: 'Annotation',
    motivation: 'linking',
    creator: creator(l.annotator),
    created: l.createdAt,
    modified: l.updatedAt,
    body,
    target: l.members.map((m) => `${OC_URN.annotation}${m}`),
  };
}

/** The AnnotationCollection as pretty-printed JSON-LD (one embedded AnnotationPage holding every item). */
export function webAnnotationJson(input: ExportInput): string {
  const sources = new Map(sortedArticles(input).map((a) => [a.id, articleSourceIri(a)]));
  const items = [
    ...annotationRows(input).map((r) => annotationNode(r.annotation, r.labelName, sources.get(r.annotation.articleId) ?? `urn:outlet-compare:article:${r.annotation.articleId}`)),
    ...sortedLinks(input).map(linkNode),
  ];
  const collection = {
    '@context': ANNO_CONTEXT,
    id: `${OC_URN.study}${slugify(input.study.name, 60) || 'study'}`,
    type: 'AnnotationCollection',
    label: input.study.name,
    generator: { type: 'Software', name: 'Outlet Compare' },
    generated: input.exportedAt,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}
