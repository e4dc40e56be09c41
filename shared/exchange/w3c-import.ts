import { StudyError } from '../errors';
import { CATEGORIES, LINK_KINDS, type Category, type LinkKind } from '../model';
import { ANNO_CONTEXT } from './w3c-export';
import { OC_URN, type ExchangeFile, type ForeignAnnotation, type ForeignLink } from './records';
import { isObject, many, readSelectors, text, type JsonObject } from './selectors';

/**
 * Reads a W3C Web Annotation file: an AnnotationCollection (with its first
 * page embedded, as we write it), an AnnotationPage, a single Annotation or
 * a JSON array of them. Annotations with motivation `linking` whose targets
 * are other annotations become links; every other annotation needs a target
 * with a TextQuoteSelector (a TextPositionSelector is used when present).
 */

const bad = (message: string) => new StudyError('bad-input', message, { field: 'content' });

function items(doc: unknown): unknown[] {
  if (Array.isArray(doc)) return doc;
  if (!isObject(doc)) throw bad('Not a W3C Web Annotation file: expected a JSON object or array');
  const type = many(doc.type);
  if (type.includes('AnnotationCollection')) {
    const first = doc.first;
    if (!isObject(first)) throw bad('The AnnotationCollection has no embedded first page ("first" with "items"); paged collections on a server cannot be read offline');
    return many(first.items);
  }
  if (type.includes('AnnotationPage')) return many(doc.items);
  if (type.includes('Annotation')) return [doc];
  throw bad(`Not a W3C Web Annotation file: type is ${JSON.stringify(doc.type ?? null)}, expected AnnotationCollection, AnnotationPage or Annotation`);
}

function checkContext(doc: unknown): void {
  if (!isObject(doc) || Array.isArray(doc)) return;
  const contexts = many(doc['@context']);
  if (!contexts.includes(ANNO_CONTEXT) && !contexts.includes('https://www.w3.org/ns/anno.jsonld')) {
    throw bad(`Unknown JSON-LD context ${JSON.stringify(doc['@context'] ?? null)}: a Web Annotation file declares "${ANNO_CONTEXT}"`);
  }
}

/** "urn:…:annotator:Bob%20Smith" or "https://…/users/bob" → the name at the end, percent-decoded when it can be. */
function lastSegment(iri: string): string {
  const tail = iri.replace(/^.*[:/]/, '');
  try {
    return decodeURIComponent(tail);
  } catch {
    return tail;
  }
}

function creatorName(node: JsonObject): string {
  for (const c of many(node.creator)) {
    if (typeof c === 'string') return lastSegment(c) || 'Imported';
    if (isObject(c)) return text(c.name) ?? text(c.nickname) ?? 'Imported';
  }
  return 'Imported';
}

function ownId(iri: string | undefined, prefix: string): string | undefined {
  if (!iri?.startsWith(prefix)) return undefined;
  const id = iri.slice(prefix.length);
  return /^[A-Za-z0-9_-]{1,80}$/.test(id) ? id : undefined;
}

interface BodyParts {
  category?: Category;
  label?: string;
  kind?: LinkKind;
  tags: string[];
  notes: string[];
  descriptions: string[];
}

function readBodies(node: JsonObject): BodyParts {
  const parts: BodyParts = { tags: [], notes: [], descriptions: [] };
  for (const b of [...many(node.body), ...many(node.bodyValue)]) {
    if (typeof b === 'string') {
      if (b.startsWith(OC_URN.category) || b.startsWith(OC_URN.label) || b.startsWith(OC_URN.linkKind)) readIri(b, parts);
      else parts.notes.push(b);
      continue;
    }
    if (!isObject(b)) continue;
    const purpose = text(b.purpose) ?? text(node.motivation);
    const iri = text(b.source) ?? text(b.id);
    if (iri && readIri(iri, parts)) continue;
    const value = text(b.value);
    if (value === undefined) continue;
    if (purpose === 'tagging' || purpose === 'classifying') parts.tags.push(value);
    else if (purpose === 'describing' || purpose === 'identifying') parts.descriptions.push(value);
    else parts.notes.push(value);
  }
  return parts;
}

/** Takes one of our URNs into `parts`; false when the IRI is not ours. */
function readIri(iri: string, parts: BodyParts): boolean {
  if (iri.startsWith(OC_URN.category)) {
    const c = iri.slice(OC_URN.category.length);
    if ((CATEGORIES as readonly string[]).includes(c)) parts.category = c as Category;
    return true;
  }
  if (iri.startsWith(OC_URN.label)) {
    const [category, ...rest] = iri.slice(OC_URN.label.length).split(':');
    if ((CATEGORIES as readonly string[]).includes(category!)) parts.category ??= category as Category;
    if (rest.length) parts.label = rest.join(':');
    return true;
  }
  if (iri.startsWith(OC_URN.linkKind)) {
    const k = iri.slice(OC_URN.linkKind.length);
    if ((LINK_KINDS as readonly string[]).includes(k)) parts.kind = k as LinkKind;
    return true;
  }
  return false;
}

function readLink(node: JsonObject, index: number): ForeignLink {
  const sourceId = text(node.id) ?? `item ${index + 1}`;
  const parts = readBodies(node);
  const targets = many(node.target).map((t) => (typeof t === 'string' ? t : isObject(t) ? (text(t.id) ?? text(t.source)) : undefined));
  return {
    sourceId,
    ...(ownId(text(node.id), OC_URN.link) ? { id: ownId(text(node.id), OC_URN.link)! } : {}),
    targets: targets.filter((t): t is string => !!t),
    label: parts.descriptions.join(' ') || parts.tags.join(', '),
    kind: parts.kind ?? 'same-claim',
    note: parts.notes.join('\n\n'),
    annotator: creatorName(node),
    ...(text(node.created) ? { createdAt: text(node.created)! } : {}),
    ...(text(node.modified) ? { updatedAt: text(node.modified)! } : {}),
  };
}

function readAnnotation(node: JsonObject, index: number): ForeignAnnotation {
  const sourceId = text(node.id) ?? `item ${index + 1}`;
  const target = many(node.target).find((t) => isObject(t) && t.selector !== undefined) as JsonObject | undefined;
  const source = target ? text(target.source) : undefined;
  const selectors = target ? readSelectors(target.selector) : {};
  if (!target || !source || !selectors.quote) {
    throw bad(`Annotation ${sourceId} has no target with a source and a TextQuoteSelector; there is nothing to anchor it by`);
  }
  const parts = readBodies(node);
  return {
    sourceId,
    ...(ownId(text(node.id), OC_URN.annotation) ? { id: ownId(text(node.id), OC_URN.annotation)! } : {}),
    source,
    quote: selectors.quote,
    ...(selectors.position ? { position: selectors.position } : {}),
    ...(parts.category ? { category: parts.category } : {}),
    ...(parts.label ? { label: parts.label } : {}),
    tags: parts.tags,
    note: [...parts.descriptions, ...parts.notes].join('\n\n'),
    annotator: creatorName(node),
    ...(text(node.created) ? { createdAt: text(node.created)! } : {}),
    ...(text(node.modified) ? { updatedAt: text(node.modified)! } : {}),
  };
}

/** The annotations and links of a parsed Web Annotation document. */
export function readWebAnnotations(doc: unknown): ExchangeFile {
  checkContext(doc);
  const annotations: ForeignAnnotation[] = [];
  const links: ForeignLink[] = [];
  items(doc).forEach((item, i) => {
    if (!isObject(item) || !many(item.type).includes('Annotation')) throw bad(`Item ${i + 1} is not an Annotation`);
    if (many(item.motivation).includes('linking')) links.push(readLink(item, i));
    else annotations.push(readAnnotation(item, i));
  });
  return { format: 'w3c', annotations, links, texts: [] };
}
