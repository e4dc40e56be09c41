import type { ImportMeta } from '../../shared/import/meta';
import { webAddress } from '../../shared/import/safe-href';

/** Longest value kept per field; the API refuses longer titles and outlet names. */
const MAX_LENGTH = { title: 500, outlet: 120, author: 200, publishedAt: 100, url: 2000, language: 35 } as const;

/** JSON-LD blocks larger than this are not parsed: real article metadata is a few kilobytes. */
const MAX_JSON_LD = 512 * 1024;

const ARTICLE_TYPES = /^(?:\w+)?(?:Article|BlogPosting|Report|ReportageNews|AnalysisNewsArticle|OpinionNewsArticle|LiveBlogPosting)$/;

interface JsonLdArticle {
  headline?: string;
  datePublished?: string;
  author?: string;
  publisher?: string;
  inLanguage?: string;
}

/**
 * Article metadata from a page's head, read before Readability changes the
 * document: meta tags (Open Graph, article:*, name=author), JSON-LD, the
 * canonical link and <html lang>. `pageUrl` resolves relative addresses.
 */
export function readHtmlMeta(doc: Document, pageUrl?: string): ImportMeta {
  const metas = metaMap(doc);
  const ld = readJsonLd(doc);
  const outlet = first(metas.get('og:site_name'), metas.get('application-name'), ld.publisher);
  const meta: ImportMeta = {};
  set(meta, 'outlet', outlet);
  set(meta, 'title', first(metas.get('og:title'), metas.get('twitter:title'), ld.headline, titleWithoutOutlet(doc.title, outlet), doc.querySelector('h1')?.textContent));
  const articleAuthor = metas.get('article:author');
  set(meta, 'author', first(metas.get('author'), articleAuthor && !/^https?:/i.test(articleAuthor) ? articleAuthor : undefined, ld.author));
  set(
    meta,
    'publishedAt',
    first(
      metas.get('article:published_time'),
      ld.datePublished,
      metas.get('og:published_time'),
      metas.get('datepublished'),
      metas.get('pubdate'),
      metas.get('publishdate'),
      metas.get('date'),
      metas.get('dc.date'),
      metas.get('dcterms.created'),
    ),
  );
  const canonical = doc.querySelector('link[rel~="canonical"]')?.getAttribute('href');
  set(meta, 'url', first(...[canonical, metas.get('og:url'), pageUrl].map((u) => webUrl(u, pageUrl))));
  set(meta, 'language', first(...[doc.documentElement.getAttribute('lang'), metas.get('og:locale'), metas.get('content-language'), ld.inLanguage].map(languageTag)));
  return meta;
}

/** content of every <meta>, keyed by its lower-cased property, name, itemprop or http-equiv; the first one wins. */
function metaMap(doc: Document): Map<string, string> {
  const map = new Map<string, string>();
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const content = el.getAttribute('content');
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && !map.has(key)) map.set(key, content);
    }
  }
  return map;
}

function readJsonLd(doc: Document): JsonLdArticle {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const source = script.textContent ?? '';
    if (source.length > MAX_JSON_LD) continue;
    let data: unknown;
    try {
      data = JSON.parse(source);
    } catch {
      continue; // Broken JSON-LD is common; the meta tags usually say the same.
    }
    const article = findArticle(data, 0);
    if (article) return article;
  }
  return {};
}

function findArticle(value: unknown, depth: number): JsonLdArticle | null {
  if (depth > 4 || value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findArticle(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const record = value as Record<string, unknown>;
  const types = ([] as unknown[]).concat(record['@type'] ?? []);
  if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) {
    return {
      headline: text(record.headline),
      datePublished: text(record.datePublished),
      author: names(record.author),
      publisher: names(record.publisher),
      inLanguage: text(record.inLanguage),
    };
  }
  return findArticle(record['@graph'], depth + 1);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** A person or organisation, or a list of them, as "A, B". */
function names(value: unknown): string | undefined {
  const list = ([] as unknown[]).concat(value ?? []);
  const found = list
    .map((item) => (typeof item === 'string' ? item : text((item as Record<string, unknown> | null)?.name)))
    .filter((name): name is string => !!name && !/^https?:/i.test(name));
  return found.length > 0 ? found.join(', ') : undefined;
}

/** "Headline | Outlet" or "Headline - Outlet" without the outlet part. */
function titleWithoutOutlet(title: string, outlet: string | undefined): string {
  if (!outlet) return title;
  const escaped = outlet.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return title.replace(new RegExp(`\\s+[|\\-–—:·]\\s+${escaped}\\s*$`, 'i'), '');
}

function webUrl(raw: string | null | undefined, base: string | undefined): string | undefined {
  const href = webAddress(raw, base);
  return href && href.length <= MAX_LENGTH.url ? href : undefined;
}

/** "en_US" -> "en-US"; anything that is not shaped like a language tag is dropped. */
function languageTag(raw: string | null | undefined): string | undefined {
  const tag = raw?.trim().replace(/_/g, '-');
  return tag && /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(tag) ? tag : undefined;
}

function first(...values: (string | null | undefined)[]): string | undefined {
  for (const value of values) {
    const clean = value?.replace(/\s+/g, ' ').trim();
    if (clean) return clean;
  }
  return undefined;
}

function set(meta: ImportMeta, key: keyof ImportMeta, value: string | undefined): void {
  if (value) meta[key] = value.slice(0, MAX_LENGTH[key]);
}
