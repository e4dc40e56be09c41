import path from 'node:path';
import type { ArticleSummary, ArticleView, BlockInfo } from '../../shared/api';
import { SCHEMA_VERSION, type Article, type Study, type TagSet } from '../../shared/model';
import { canonicalText, docFromJSON, type TextBlock } from '../../shared/text';
import { StudyError } from '../../shared/errors';
import type { Input } from '../../shared/api';
import { importDocument, type ImportedDocument } from '../import';
import type { StudyStore } from '../store/study-store';
import { articleId, outletId } from './ids';

/** An article with what is derived from it once per load: its text blocks. */
export interface LoadedArticle {
  article: Article;
  blocks: TextBlock[];
}

/**
 * Derives an article's block table and checks that its stored text is the
 * canonical text of its document; a mismatch means a damaged or hand-edited file.
 */
export function loadArticle(article: Article): LoadedArticle {
  let canonical;
  try {
    canonical = canonicalText(docFromJSON(article.doc));
  } catch (error) {
    throw new StudyError('corrupt-file', `articles/${article.id}.json: doc: ${(error as Error).message}`, {
      file: `articles/${article.id}.json`,
      path: 'doc',
    });
  }
  if (canonical.text !== article.text) {
    throw new StudyError('corrupt-file', `articles/${article.id}.json: text: does not match the article's document`, {
      file: `articles/${article.id}.json`,
      path: 'text',
    });
  }
  return { article, blocks: canonical.blocks };
}

function outletName(study: Study, outletId: string): string {
  return study.outlets.find((o) => o.id === outletId)?.name ?? 'Unknown outlet';
}

function blockInfo(block: TextBlock): BlockInfo {
  return {
    index: block.index,
    type: block.type,
    container: block.container,
    start: block.start,
    end: block.end,
    boilerplate: block.boilerplate,
  };
}

export type CategoryCounts = ArticleSummary['counts'];

/** Annotations per category per article in one tag set, counted in one pass. */
export function countsByArticle(tagSet: TagSet | undefined): Map<string, CategoryCounts> {
  const counts = new Map<string, CategoryCounts>();
  for (const a of tagSet?.annotations ?? []) {
    let row = counts.get(a.articleId);
    if (!row) counts.set(a.articleId, (row = { claim: 0, framing: 0, attribution: 0 }));
    row[a.category]++;
  }
  return counts;
}

/** The sidebar row of an article, with its counts per category (from countsByArticle). */
export function articleSummary(study: Study, loaded: LoadedArticle, counts: CategoryCounts | undefined): ArticleSummary {
  const { article, blocks } = loaded;
  return {
    id: article.id,
    outletId: article.outletId,
    outletName: outletName(study, article.outletId),
    title: article.title,
    ...(article.url ? { url: article.url } : {}),
    ...(article.publishedAt ? { publishedAt: article.publishedAt } : {}),
    chars: article.text.length,
    blocks: blocks.length,
    boilerplateBlocks: blocks.filter((b) => b.boilerplate).length,
    counts: counts ?? { claim: 0, framing: 0, attribution: 0 },
  };
}

/** What the viewer needs to show one article. */
export function articleView(study: Study, loaded: LoadedArticle): ArticleView {
  const { article, blocks } = loaded;
  const { schemaVersion: _version, ...meta } = article;
  return { ...meta, outletName: outletName(study, article.outletId), blocks: blocks.map(blockInfo) };
}

/** A title for an article that has none: its first non-boilerplate block, cut at a word near 90 characters. */
export function deriveTitle(text: string, blocks: readonly TextBlock[]): string {
  const first = blocks.find((b) => !b.boilerplate && b.end > b.start);
  const line = first ? text.slice(first.start, first.end) : text;
  const trimmed = line.replace(/\s+/g, ' ').trim();
  if (trimmed.length <= 90) return trimmed.replace(/[.:;,]$/, '');
  const cut = trimmed.slice(0, 90);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > 50 ? space : 90)}…`;
}

/** What an import call gives besides the file: overrides for what the file says about itself. */
export interface ArticleFields {
  fileName: string;
  outlet?: string | undefined;
  title?: string | undefined;
  url?: string | undefined;
  publishedAt?: string | undefined;
}

/**
 * A new article from an imported document: canonical text, content-derived
 * id, and metadata from the call first, then from the file. Pure: nothing is saved.
 */
export function draftArticle(fields: ArticleFields, imported: ImportedDocument, now: string): { article: Article; outletName: string } {
  const outletName = fields.outlet ?? imported.meta.outlet ?? 'Unknown outlet';
  const oid = outletId(outletName);
  const canonical = canonicalText(docFromJSON(imported.doc));
  const article: Article = {
    schemaVersion: SCHEMA_VERSION,
    id: articleId(oid, canonical.text),
    outletId: oid,
    title: fields.title ?? imported.meta.title ?? deriveTitle(canonical.text, canonical.blocks),
    importedAt: now,
    sourceFile: path.basename(fields.fileName),
    sourceFormat: imported.format,
    doc: imported.doc,
    text: canonical.text,
  };
  const url = fields.url ?? imported.meta.url;
  if (url) article.url = url;
  const published = fields.publishedAt ?? imported.meta.publishedAt;
  if (published) article.publishedAt = published;
  if (imported.meta.author) article.author = imported.meta.author;
  if (imported.meta.language) article.language = imported.meta.language;
  return { article, outletName };
}

/**
 * Imports one document into the study: refuses one already there (same
 * outlet and text), adds its outlet to project.json if new (merged with
 * what other writers added), saves the article and adds it to `loaded`.
 */
export async function importInto(store: StudyStore, loaded: Map<string, LoadedArticle>, input: Input<'importArticle'>, now: string): Promise<LoadedArticle> {
  const imported = importDocument({ fileName: input.fileName, content: input.content, ...(input.format ? { format: input.format } : {}) });
  const { article, outletName } = draftArticle(input, imported, now);
  const existing = loaded.get(article.id);
  if (existing) {
    throw new StudyError('conflict', `${input.fileName} is already in this study as "${existing.article.title}" (${existing.article.id})`, { field: 'content' });
  }
  if (!store.project().outlets.some((o) => o.id === article.outletId)) {
    await store.updateProject((project) => {
      if (!project.outlets.some((o) => o.id === article.outletId)) project.outlets.push({ id: article.outletId, name: outletName });
    });
  }
  await store.addArticle(article);
  const result = loadArticle(article);
  loaded.set(article.id, result);
  return result;
}
