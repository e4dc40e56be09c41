import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type Annotation, type Article, SCHEMA_VERSION, type Study, presetCodebook } from '../../shared/model';

/** Shared values for the store's tests. */
export const NOW = '2025-01-01T00:00:00.000Z';

/** A fresh empty folder under the OS temp dir; remove it with `fs.rm(dir, { recursive: true })`. */
export function tempDir(prefix: string): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), `${prefix}-`));
}

export function sampleStudy(name = 'Ceasefire coverage'): Study {
  return {
    schemaVersion: SCHEMA_VERSION,
    name,
    createdAt: NOW,
    outlets: [
      { id: 'reuters', name: 'Reuters' },
      { id: 'aljazeera', name: 'Al Jazeera' },
    ],
    codebook: presetCodebook(),
  };
}

export function sampleArticle(id: string, importedAt = NOW): Article {
  const text = `Officials said the talks on ${id} would resume.`;
  return {
    schemaVersion: SCHEMA_VERSION,
    id,
    outletId: 'reuters',
    title: `Talks resume (${id})`,
    importedAt,
    sourceFormat: 'text',
    doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] },
    text,
  };
}

export function sampleAnnotation(id: string, annotator: string, note = ''): Annotation {
  return {
    id,
    articleId: 'a1',
    annotator,
    category: 'attribution',
    label: 'named-source',
    note,
    createdAt: NOW,
    updatedAt: NOW,
    position: { start: 0, end: 9 },
    quote: { exact: 'Officials', prefix: '', suffix: ' said the talks' },
  };
}
