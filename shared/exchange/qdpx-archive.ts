import { strFromU8, unzipSync } from 'fflate';
import { XMLParser } from 'fast-xml-parser';
import { StudyError } from '../errors';

/**
 * Opening a .qdpx safely: a zip whose entry names must stay inside the
 * archive, whose declared uncompressed sizes are capped in total (fflate
 * inflates into a buffer of the declared size, so a lying header cannot
 * grow it), and whose project.qde is parsed without DTDs or entities: a
 * document that declares either is refused before parsing, so neither
 * billion-laughs expansion nor external entities can happen.
 */

export const QDPX_LIMITS = { archiveBytes: 100 * 1024 * 1024, unpackedBytes: 200 * 1024 * 1024, entries: 20_000 } as const;

const bad = (message: string) => new StudyError('bad-input', message, { field: 'content' });

/** Whether a zip entry name stays inside the archive: relative, no `..` segment, no drive or backslash tricks. */
export function safeEntryName(name: string): boolean {
  if (name === '' || name.startsWith('/') || name.includes('\\') || /^[A-Za-z]:/.test(name) || name.includes('\0')) return false;
  return !name.split('/').some((part) => part === '..');
}

/** The archive's files by name, after the checks above. */
export function unpackQdpx(bytes: Uint8Array, limits: { archiveBytes: number; unpackedBytes: number; entries: number } = QDPX_LIMITS): Map<string, Uint8Array> {
  if (bytes.length > limits.archiveBytes) throw bad(`The .qdpx file is ${Math.round(bytes.length / 1048576)} MB; the limit is ${limits.archiveBytes / 1048576} MB`);
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw bad('Not a .qdpx file: it is not a zip archive');
  let total = 0;
  let count = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter(file) {
        if (!safeEntryName(file.name)) throw bad(`The .qdpx archive has an entry that climbs out of it ("${file.name}"); refused, nothing read`);
        count++;
        total += file.originalSize;
        if (count > limits.entries) throw bad(`The .qdpx archive has more than ${limits.entries} entries; refused`);
        if (total > limits.unpackedBytes) throw bad(`The .qdpx archive unpacks to more than ${limits.unpackedBytes / 1048576} MB (a zip bomb?); refused, nothing read`);
        return true;
      },
    });
  } catch (error) {
    if (error instanceof StudyError) throw error;
    throw bad(`The .qdpx archive is damaged: ${(error as Error).message}`);
  }
  return new Map(Object.entries(files));
}

/** One element as the parser gives it: attributes under "@_", children by tag name (always arrays). */
export type XmlNode = { [key: string]: XmlNode[] | string | undefined };

/** Parses project.qde, refusing DTDs and entity declarations. */
export function parseProjectXml(xml: string): XmlNode {
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw bad('project.qde declares a DTD or entities (<!DOCTYPE / <!ENTITY); refused: entity expansion and external entities are never read');
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    processEntities: false,
    htmlEntities: false,
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
  });
  let doc: XmlNode;
  try {
    doc = parser.parse(xml, true) as XmlNode;
  } catch (error) {
    throw bad(`project.qde is not well-formed XML: ${(error as Error).message.split('\n')[0]}`);
  }
  const project = (doc.Project as XmlNode[] | undefined)?.[0];
  if (!project) throw bad('project.qde has no <Project> root element: not a REFI-QDA (QDA-XML 1.0) project');
  return project;
}

export const decodeUtf8 = (bytes: Uint8Array) => strFromU8(bytes);
