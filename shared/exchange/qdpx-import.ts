import { StudyError } from '../errors';
import { CATEGORIES, type Category, type Codebook } from '../model';
import { quoteSelector } from '../text';
import { slugify } from '../text/slug';
import { decodeUtf8, parseProjectXml, unpackQdpx, type XmlNode } from './qdpx-archive';
import type { ExchangeFile, ForeignAnnotation, ForeignLink, ForeignText } from './records';
import { utf16Counter, xmlDecode } from './xml';

/**
 * Reads a .qdpx another tool wrote (QDA-XML 1.0): each TextSource becomes a
 * text to import as an article, each Coding of a PlainTextSelection an
 * annotation in its coder's tag set, Notes referenced by a selection its
 * note, and Links between selections our links (Links of one name that
 * share selections are joined into one link).
 *
 * Codes map to our codebook by one rule, applied to the code's path in the
 * code tree: when its top-level code is named Claim, Framing or Attribution
 * (any case) that is the category, and the code itself (when deeper) the
 * label; otherwise the category is framing (a QDA code is most often a
 * theme, which is what framing holds) and the code becomes a framing label
 * named after its path ("Economy / Jobs"). A label the study's codebook
 * already has under that category (same name or id, any case) is reused;
 * labels it lacks are returned in `newLabels` for the caller to add.
 */

const bad = (message: string) => new StudyError('bad-input', message, { field: 'content' });
const kids = (node: XmlNode | undefined, name: string): XmlNode[] => (node?.[name] as XmlNode[] | undefined) ?? [];
const attr = (node: XmlNode, name: string): string | undefined => {
  const v = node[`@_${name}`];
  return typeof v === 'string' ? xmlDecode(v) : undefined;
};
/** The text inside the first `name` child: the parser gives a plain string, or an object with '#text' when the element has attributes. */
const childText = (node: XmlNode, name: string): string => {
  const child = (node[name] as unknown[] | undefined)?.[0];
  if (typeof child === 'string') return xmlDecode(child);
  const text = (child as XmlNode | undefined)?.['#text'];
  return typeof text === 'string' ? xmlDecode(text) : '';
};

export interface CodeMapping {
  category: Category;
  /** Label id in the codebook (existing or new). */
  label?: string;
  /** The label's display name, for new labels. */
  name?: string;
}

export interface QdpxRead extends ExchangeFile {
  /** Codebook labels the study must have for these annotations. */
  newLabels: { category: Category; id: string; name: string }[];
}

function mapCodes(project: XmlNode, codebook: Codebook | undefined): Map<string, CodeMapping> {
  const map = new Map<string, CodeMapping>();
  const fold = (x: string) => x.trim().toLowerCase();
  const label = (category: Category, name: string): CodeMapping => {
    const id = slugify(name, 80) || 'code';
    const known = codebook?.[category].find((l) => fold(l.name) === fold(name) || l.id === id);
    return known ? { category, label: known.id } : { category, label: id, name };
  };
  const walk = (code: XmlNode, path: string[]) => {
    const name = attr(code, 'name') ?? 'Code';
    const here = [...path, name];
    const top = CATEGORIES.find((c) => c === here[0]!.trim().toLowerCase());
    const guid = attr(code, 'guid');
    if (guid) {
      if (top && here.length === 1) map.set(guid, { category: top });
      else if (top) map.set(guid, label(top, here.slice(1).join(' / ')));
      else map.set(guid, label('framing', here.join(' / ')));
    }
    for (const child of kids(code, 'Code')) walk(child, here);
  };
  for (const codes of kids(kids(project, 'CodeBook')[0], 'Codes')) for (const code of kids(codes, 'Code')) walk(code, []);
  return map;
}

function sourceText(source: XmlNode, files: ReadonlyMap<string, Uint8Array>): string {
  const inline = kids(source, 'PlainTextContent')[0];
  if (inline !== undefined) return childText(source, 'PlainTextContent');
  const path = attr(source, 'plainTextPath');
  const name = attr(source, 'name') ?? attr(source, 'guid');
  if (!path) throw bad(`Text source "${name}" has neither PlainTextContent nor plainTextPath`);
  if (!path.startsWith('internal://')) throw bad(`Text source "${name}" points outside the archive (${path}); only internal:// sources can be read`);
  const file = files.get(`Sources/${path.slice('internal://'.length)}`);
  if (!file) throw bad(`Text source "${name}": Sources/${path.slice('internal://'.length)} is missing from the archive`);
  return decodeUtf8(file).replace(/^\uFEFF/, '');
}

/** The annotations, links and texts in a .qdpx archive; codes are matched against `codebook` when given. */
export function readQdpx(bytes: Uint8Array, codebook?: Codebook): QdpxRead {
  const files = unpackQdpx(bytes);
  const qde = files.get('project.qde');
  if (!qde) throw bad('Not a REFI-QDA project: the archive has no project.qde');
  const project = parseProjectXml(decodeUtf8(qde));
  const users = new Map(kids(kids(project, 'Users')[0], 'User').map((u) => [attr(u, 'guid') ?? '', attr(u, 'name') ?? attr(u, 'id') ?? 'Imported']));
  const codes = mapCodes(project, codebook);
  const notes = new Map(kids(kids(project, 'Notes')[0], 'Note').map((n) => [attr(n, 'guid') ?? '', childText(n, 'PlainTextContent') || (attr(n, 'name') ?? '')]));
  const texts: ForeignText[] = [];
  const annotations: ForeignAnnotation[] = [];
  const firstOfSelection = new Map<string, string>();
  const newLabels = new Map<string, QdpxRead['newLabels'][number]>();
  for (const source of kids(kids(project, 'Sources')[0], 'TextSource')) {
    const guid = attr(source, 'guid') ?? `source-${texts.length + 1}`;
    const text = sourceText(source, files);
    const title = attr(source, 'name') ?? `Source ${texts.length + 1}`;
    texts.push({ source: `qdpx:${guid}`, title, text, fileName: `${title}.txt` });
    const toUtf16 = utf16Counter(text);
    for (const sel of kids(source, 'PlainTextSelection')) {
      const selGuid = attr(sel, 'guid') ?? '';
      const start = toUtf16(Number(attr(sel, 'startPosition')));
      const end = toUtf16(Number(attr(sel, 'endPosition')));
      if (!(end > start)) throw bad(`Selection ${selGuid} in "${title}" has no extent (startPosition ${attr(sel, 'startPosition')}, endPosition ${attr(sel, 'endPosition')})`);
      const note = [childText(sel, 'Description'), ...kids(sel, 'NoteRef').map((r) => notes.get(attr(r, 'targetGUID') ?? '') ?? '')].filter(Boolean).join('\n\n');
      for (const coding of kids(sel, 'Coding')) {
        const code = codes.get(attr(kids(coding, 'CodeRef')[0] ?? {}, 'targetGUID') ?? '');
        if (!code) throw bad(`Coding ${attr(coding, 'guid')} in "${title}" refers to a code that is not in the codebook`);
        if (code.label && code.name) newLabels.set(`${code.category}/${code.label}`, { category: code.category, id: code.label, name: code.name });
        const sourceId = `${selGuid}/${attr(coding, 'guid') ?? annotations.length}`;
        if (!firstOfSelection.has(selGuid)) firstOfSelection.set(selGuid, sourceId);
        const user = attr(coding, 'creatingUser') ?? attr(sel, 'creatingUser') ?? '';
        const created = attr(coding, 'creationDateTime') ?? attr(sel, 'creationDateTime');
        const modified = attr(sel, 'modifiedDateTime');
        annotations.push({
          sourceId,
          source: `qdpx:${guid}`,
          quote: quoteSelector(text, { start, end }),
          position: { start, end },
          category: code.category,
          ...(code.label ? { label: code.label } : {}),
          tags: [],
          note,
          annotator: users.get(user) ?? 'Imported',
          ...(created ? { createdAt: created } : {}),
          ...(modified ? { updatedAt: modified } : {}),
        });
      }
    }
  }
  return { format: 'qdpx', annotations, links: readLinks(project, firstOfSelection, annotations, notes), texts, newLabels: [...newLabels.values()] };
}

/** Links between selections, joined per name into connected groups. */
function readLinks(project: XmlNode, first: ReadonlyMap<string, string>, annotations: readonly ForeignAnnotation[], notes: ReadonlyMap<string, string>): ForeignLink[] {
  const parent = new Map<string, string>();
  const find = (x: string): string => (parent.get(x) === x || !parent.has(x) ? x : find(parent.get(x)!));
  const groups = new Map<string, { name: string; members: Set<string>; note: string; guid: string }>();
  const edges: { name: string; a: string; b: string; note: string; guid: string }[] = [];
  for (const link of kids(kids(project, 'Links')[0], 'Link')) {
    const a = first.get(attr(link, 'originGUID') ?? '');
    const b = first.get(attr(link, 'targetGUID') ?? '');
    if (!a || !b) continue;
    const name = attr(link, 'name') ?? '';
    const note = kids(link, 'NoteRef').map((r) => notes.get(attr(r, 'targetGUID') ?? '') ?? '').filter(Boolean).join('\n\n');
    edges.push({ name, a: `${name}\0${a}`, b: `${name}\0${b}`, note, guid: attr(link, 'guid') ?? '' });
  }
  for (const e of edges) {
    for (const x of [e.a, e.b]) if (!parent.has(x)) parent.set(x, x);
    parent.set(find(e.a), find(e.b));
  }
  for (const e of edges) {
    const root = find(e.a);
    const group = groups.get(root) ?? { name: e.name, members: new Set<string>(), note: e.note, guid: e.guid };
    group.members.add(e.a.split('\0')[1]!).add(e.b.split('\0')[1]!);
    groups.set(root, group);
  }
  const annotatorOf = new Map(annotations.map((a) => [a.sourceId, a.annotator]));
  return [...groups.values()].map((g) => ({
    sourceId: `link ${g.guid}`,
    targets: [...g.members],
    label: g.name,
    kind: 'same-claim' as const,
    note: g.note,
    annotator: annotatorOf.get([...g.members][0]!) ?? 'Imported',
  }));
}
