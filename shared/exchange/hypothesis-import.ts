import { StudyError } from '../errors';
import type { ExchangeFile, ForeignAnnotation } from './records';
import { isObject, many, readSelectors, text, type JsonObject } from './selectors';

/**
 * Reads a Hypothesis export: the JSON its API's search endpoint returns
 * (`GET /api/search`, documented in the Hypothesis API reference at
 * h.readthedocs.io, "search" and the Annotation schema): `{ total, rows }`,
 * each row with `id`, `created`, `updated`, `user` ("acct:name@authority"),
 * `uri`, `text` (the comment, Markdown), `tags`, and `target[]` with
 * `source` and `selector[]` (RangeSelector, TextPositionSelector,
 * TextQuoteSelector). Page notes and replies have no selector to anchor;
 * they are refused by name so the caller can report them.
 */

const bad = (message: string) => new StudyError('bad-input', message, { field: 'content' });

/** "acct:jane.doe@hypothes.is" → "jane.doe"; user_info.display_name wins when present. */
export function hypothesisUser(row: JsonObject): string {
  const info = row.user_info;
  if (isObject(info) && text(info.display_name)?.trim()) return text(info.display_name)!.trim().slice(0, 60);
  const user = text(row.user) ?? '';
  const m = /^acct:([^@]+)@/.exec(user);
  return (m ? m[1]! : user || 'Hypothesis user').slice(0, 60);
}

/** Whether a parsed JSON document looks like a Hypothesis search response. */
export function isHypothesisExport(doc: unknown): boolean {
  return isObject(doc) && Array.isArray(doc.rows) && !('@context' in doc);
}

export interface HypothesisRead extends ExchangeFile {
  /** Rows with nothing to anchor (page notes, replies), by id. */
  skipped: { sourceId: string; reason: string }[];
}

export function readHypothesis(doc: unknown): HypothesisRead {
  if (!isHypothesisExport(doc)) throw bad('Not a Hypothesis export: expected the API search response, an object with a "rows" array');
  const annotations: ForeignAnnotation[] = [];
  const skipped: HypothesisRead['skipped'] = [];
  many((doc as JsonObject).rows).forEach((row, i) => {
    if (!isObject(row)) throw bad(`rows[${i}] is not an annotation object`);
    const sourceId = text(row.id) ?? `rows[${i}]`;
    if (many(row.references).length > 0) {
      skipped.push({ sourceId, reason: 'a reply to another annotation, with no text of its own to anchor' });
      return;
    }
    const target = many(row.target).find((t) => isObject(t) && t.selector !== undefined) as JsonObject | undefined;
    const selectors = target ? readSelectors(target.selector) : {};
    if (!selectors.quote) {
      skipped.push({ sourceId, reason: 'a page note (no TextQuoteSelector), not on any passage' });
      return;
    }
    const source = text(row.uri) ?? text(target?.source);
    if (!source) throw bad(`rows[${i}] (${sourceId}) has no uri`);
    annotations.push({
      sourceId,
      source,
      quote: selectors.quote,
      ...(selectors.position ? { position: selectors.position } : {}),
      tags: many(row.tags).filter((t): t is string => typeof t === 'string'),
      note: text(row.text) ?? '',
      annotator: hypothesisUser(row),
      ...(text(row.created) ? { createdAt: text(row.created)! } : {}),
      ...(text(row.updated) ? { updatedAt: text(row.updated)! } : {}),
    });
  });
  return { format: 'hypothesis', annotations, links: [], texts: [], skipped };
}
