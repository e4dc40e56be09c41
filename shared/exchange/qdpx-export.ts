import { strToU8, zipSync } from 'fflate';
import { CATEGORIES, type Annotation } from '../model';
import { CATEGORY_NAMES } from '../export/words';
import { annotationRows, annotatorsOf, outletNameOf, sortedArticles, sortedLinks } from '../export/rows';
import type { ExportInput } from '../export/types';
import { guidFor, guidPair } from './sha256';
import { codePointCounter, xmlAttr, xmlText } from './xml';

/**
 * The study as a REFI-QDA project (QDA-XML 1.0, the exchange format of
 * ATLAS.ti, MAXQDA, NVivo and QualCoder): a zip holding `project.qde` and
 * `Sources/<guid>.txt`, one plain-text file per article. The codebook is a
 * code tree (category → label), each annotation a PlainTextSelection with a
 * Coding by its annotator, each note a Note, each link a chain of Link
 * elements between its members' selections (QDA-XML links join two
 * objects), annotators are Users. GUIDs are derived from our ids, and the
 * zip's timestamps from the export time, so the same study gives the same
 * bytes. Positions are counted in Unicode characters, as the standard does.
 */

export const QDA_NAMESPACE = 'urn:QDA-XML:project:1.0';

const CATEGORY_COLORS: Record<string, string> = { claim: '#2E6FD8', framing: '#C2410C', attribution: '#15803D' };

const guids = new Map<string, string>();
/** The GUID for one of our objects, memoised: an export asks for the same user and code GUIDs thousands of times. */
const g = (kind: string, id: string) => {
  const key = `${kind}:${id}`;
  let guid = guids.get(key);
  if (guid === undefined) {
    if (guids.size > 200_000) guids.clear();
    guid = guidFor(key);
    guids.set(key, guid);
  }
  return guid;
};
export const codeGuid = (category: string, label?: string) => g('code', label ? `${category}/${label}` : category);

function codebook(input: ExportInput): string {
  const codes = CATEGORIES.map((c) => {
    const labels = input.study.codebook[c].map(
      (l) => `<Code guid="${codeGuid(c, l.id)}" name="${xmlAttr(l.name)}" isCodable="true">${l.description ? `<Description>${xmlText(l.description)}</Description>` : ''}</Code>`,
    );
    return `<Code guid="${codeGuid(c)}" name="${xmlAttr(CATEGORY_NAMES[c])}" isCodable="true" color="${CATEGORY_COLORS[c]}">\n${labels.join('\n')}\n</Code>`;
  });
  return `<CodeBook><Codes>\n${codes.join('\n')}\n</Codes></CodeBook>`;
}

function selection(a: Annotation, toCodePoints: (utf16: number) => number): string {
  const user = g('user', a.annotator);
  // One hash gives the selection and its coding their GUIDs.
  const [selectionGuid, codingGuid] = guidPair(`selection:${a.id}`);
  const note = a.note ? `<NoteRef targetGUID="${g('note', a.id)}"/>` : '';
  return [
    `<PlainTextSelection guid="${selectionGuid}" name="${xmlAttr(a.quote.exact.slice(0, 200))}"`,
    ` startPosition="${toCodePoints(a.position.start)}" endPosition="${toCodePoints(a.position.end)}"`,
    ` creatingUser="${user}" creationDateTime="${a.createdAt}" modifyingUser="${user}" modifiedDateTime="${a.updatedAt}">`,
    `<Coding guid="${codingGuid}" creatingUser="${user}" creationDateTime="${a.createdAt}"><CodeRef targetGUID="${codeGuid(a.category, a.label)}"/></Coding>`,
    note,
    '</PlainTextSelection>',
  ].join('');
}

export interface QdpxFile {
  /** project.qde, as written into the archive. */
  projectXml: string;
  /** The .qdpx archive. */
  zip: Uint8Array;
}

/** The REFI-QDA project for an export, as XML and as the zipped .qdpx. */
export function refiQdaProject(input: ExportInput): QdpxFile {
  const rows = annotationRows(input);
  const users = annotatorsOf(input).map((name) => `<User guid="${g('user', name)}" name="${xmlAttr(name)}"/>`);
  const files: Record<string, Uint8Array> = {};
  const rowsOf = new Map<string, typeof rows>();
  for (const r of rows) {
    const list = rowsOf.get(r.annotation.articleId);
    if (list) list.push(r);
    else rowsOf.set(r.annotation.articleId, [r]);
  }
  const sources = sortedArticles(input).map((article) => {
    const guid = g('source', article.id);
    files[`Sources/${guid}.txt`] = strToU8(article.text);
    const description = [`Outlet: ${outletNameOf(input, article.outletId)}`, article.url ? `URL: ${article.url}` : '', article.publishedAt ? `Published: ${article.publishedAt}` : '', `Outlet Compare article id: ${article.id}`]
      .filter(Boolean)
      .join('\n');
    const toCodePoints = codePointCounter(article.text);
    const selections = (rowsOf.get(article.id) ?? []).map((r) => selection(r.annotation, toCodePoints));
    return `<TextSource guid="${guid}" name="${xmlAttr(`${outletNameOf(input, article.outletId)} — ${article.title}`)}" plainTextPath="internal://${guid}.txt"><Description>${xmlText(description)}</Description>\n${selections.join('\n')}\n</TextSource>`;
  });
  const links = sortedLinks(input);
  const notes = [
    ...rows.filter((r) => r.annotation.note).map(({ annotation: a }) => note(g('note', a.id), `Note on “${a.quote.exact.slice(0, 60)}”`, a.note, a.annotator, a.createdAt, a.updatedAt)),
    ...links.filter((l) => l.note).map((l) => note(g('note', l.id), `Note on link “${l.label}”`, l.note, l.annotator, l.createdAt, l.updatedAt)),
  ];
  const linkXml = links.flatMap((l) =>
    l.members.slice(1).map(
      (m, i) =>
        `<Link guid="${g('link', `${l.id}/${i}`)}" name="${xmlAttr(l.label || 'Linked fact')}" direction="Associative" originGUID="${guidPair(`selection:${l.members[i]!}`)[0]}" targetGUID="${guidPair(`selection:${m}`)[0]}">${l.note ? `<NoteRef targetGUID="${g('note', l.id)}"/>` : ''}</Link>`,
    ),
  );
  const projectXml = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<Project xmlns="${QDA_NAMESPACE}" name="${xmlAttr(input.study.name)}" origin="Outlet Compare" creationDateTime="${input.exportedAt}">`,
    users.length ? `<Users>\n${users.join('\n')}\n</Users>` : '',
    codebook(input),
    sources.length ? `<Sources>\n${sources.join('\n')}\n</Sources>` : '',
    notes.length ? `<Notes>\n${notes.join('\n')}\n</Notes>` : '',
    linkXml.length ? `<Links>\n${linkXml.join('\n')}\n</Links>` : '',
    '</Project>',
    '',
  ]
    .filter((line, i, all) => line !== '' || i === all.length - 1)
    .join('\n');
  files['project.qde'] = strToU8(projectXml);
  const mtime = new Date(input.exportedAt);
  const ordered: Record<string, Uint8Array> = { 'project.qde': files['project.qde'] };
  for (const name of Object.keys(files).filter((n) => n !== 'project.qde').sort()) ordered[name] = files[name]!;
  return { projectXml, zip: zipSync(ordered, { level: 6, mtime: Number.isNaN(mtime.getTime()) ? new Date(Date.UTC(2000, 0, 1)) : mtime }) };
}

function note(guid: string, name: string, text: string, annotator: string, created: string, modified: string): string {
  const user = g('user', annotator);
  return `<Note guid="${guid}" name="${xmlAttr(name)}" creatingUser="${user}" creationDateTime="${created}" modifyingUser="${user}" modifiedDateTime="${modified}"><PlainTextContent>${xmlText(text)}</PlainTextContent></Note>`;
}
