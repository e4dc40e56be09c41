import { outletNameIn, type Annotation, type Link } from '../model';
import type { ExportArticle, ExportInput } from './types';
import { labelName } from './words';

/**
 * The annotations and links of an export in one fixed order, with what
 * every format prints beside them (outlet, headline, label name, links).
 * Sorting here is what makes two exports of the same study byte-identical.
 */

export interface AnnotationRow {
  annotation: Annotation;
  article: ExportArticle | undefined;
  outletName: string;
  title: string;
  labelName: string;
  /** Ids of the links (in the same tag set) that hold this annotation. */
  linkIds: string[];
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The outlet name for an outlet id, or "Unknown outlet". */
export function outletNameOf(input: ExportInput, outletId: string | undefined): string {
  return outletNameIn(input.study.outlets, outletId);
}

/** Articles by outlet name, then headline, then id. */
export function sortedArticles(input: ExportInput): ExportArticle[] {
  return [...input.articles].sort(
    (a, b) => byText(outletNameOf(input, a.outletId), outletNameOf(input, b.outletId)) || byText(a.title, b.title) || byText(a.id, b.id),
  );
}

/** Every annotation in scope, in reading order: outlet, article, position, annotator, id. */
export function annotationRows(input: ExportInput): AnnotationRow[] {
  const articles = new Map(input.articles.map((a) => [a.id, a]));
  const rows: AnnotationRow[] = [];
  for (const tagSet of input.tagSets) {
    const linksOf = new Map<string, string[]>();
    for (const link of tagSet.links) for (const id of link.members) linksOf.set(id, [...(linksOf.get(id) ?? []), link.id]);
    for (const annotation of tagSet.annotations) {
      const article = articles.get(annotation.articleId);
      rows.push({
        annotation,
        article,
        outletName: outletNameOf(input, article?.outletId),
        title: article?.title ?? '',
        labelName: labelName(input.study.codebook, annotation.category, annotation.label),
        linkIds: [...(linksOf.get(annotation.id) ?? [])].sort(byText),
      });
    }
  }
  return rows.sort(
    (x, y) =>
      byText(x.outletName, y.outletName) ||
      byText(x.title, y.title) ||
      byText(x.annotation.articleId, y.annotation.articleId) ||
      x.annotation.position.start - y.annotation.position.start ||
      x.annotation.position.end - y.annotation.position.end ||
      byText(x.annotation.annotator, y.annotation.annotator) ||
      byText(x.annotation.id, y.annotation.id),
  );
}

/** Every link in scope: by annotator, then in the order they were made. */
export function sortedLinks(input: ExportInput): Link[] {
  return input.tagSets
    .flatMap((t) => t.links)
    .sort((a, b) => byText(a.annotator, b.annotator) || byText(a.createdAt, b.createdAt) || byText(a.id, b.id));
}

/** The annotators whose tag sets are in the export, sorted. */
export function annotatorsOf(input: ExportInput): string[] {
  return [...new Set(input.tagSets.map((t) => t.annotator))].sort(byText);
}
