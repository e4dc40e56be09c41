import { METHOD_NAMES, type Api, type ArticleSummary, type ArticleView, type Input, type MethodName, type Output, type StudySummary } from '../../shared/api';
import type { Comparison, TermTable } from '../../shared/compare/types';
import { StudyError } from '../../shared/errors';
import { SCHEMA_VERSION, presetCodebook, type Annotation, type Category, type TagSet } from '../../shared/model';
import {
  acceptSuggestionInDraft,
  addLinkToDraft,
  editLinkInDraft,
  editedAnnotation,
  newAnnotation,
  ownAnnotation,
  ownLink,
  removeAnnotationFromDraft,
  removeLinkFromDraft,
  replaceAnnotationInDraft,
  resolveLabel,
  restoreIntoDraft,
  untaggedHits,
} from '../../shared/tagset';

/**
 * One in-memory stand-in for the service, for the renderer's tests. Every
 * change goes through the service's own rules (shared/tagset), applied to a
 * tag set draft of the current annotator, so a rule changed there is changed
 * here too. Comparison calls return canned values; every call is logged.
 */

export interface FakeArticle {
  id: string;
  outletId: string;
  outletName: string;
  title: string;
  text: string;
  blocks: number;
}

/** The workspace tests' study: one article of two paragraphs. */
export const CEASEFIRE: readonly FakeArticle[] = [
  { id: 'a1', outletId: 'o1', outletName: 'Outlet One', title: 'Ceasefire', text: 'The minister said the ceasefire holds.\n\nCritics disagree.', blocks: 2 },
];

export const OKAZ = 'art-okaz';
export const PARA = 'art-para';

/** The comparison tests' study: two outlets reporting one fact differently. */
export const RAFAH: readonly FakeArticle[] = [
  { id: OKAZ, outletId: 'o-okaz', outletName: 'Okaz', title: 'Okaz story', text: 'Talks stalled. More than 100 fighters remain trapped in Rafah.', blocks: 1 },
  { id: PARA, outletId: 'o-para', outletName: 'Parapolitika', title: 'Parapolitika story', text: 'There are approximately 200 fighters in tunnels beneath Rafah.', blocks: 1 },
];

const NOW = '2025-01-01T00:00:00.000Z';

export class FakeApi {
  readonly calls: { method: MethodName; input: unknown }[] = [];
  readonly articles: readonly FakeArticle[];
  annotator: string | null;
  /** Every annotator's annotations and links, in the order they were made. */
  annotations: Annotation[] = [];
  links: TagSet['links'] = [];
  comparison: Comparison = { members: [], wording: { base: 0, diffs: [] }, actors: { shared: [], differing: [] }, conflicts: [] };
  private nextId = 1;
  private clock = 0;

  constructor(options: { articles?: readonly FakeArticle[]; annotator?: string | null } = {}) {
    this.articles = options.articles ?? CEASEFIRE;
    this.annotator = options.annotator ?? null;
  }

  /** The text of the (first) article, for tests of a one-article study. */
  get text(): string {
    return this.articles[0]!.text;
  }

  private log(method: MethodName, input: unknown): void {
    this.calls.push({ method, input });
  }

  /** Method names called, in order. */
  methods(): MethodName[] {
    return this.calls.map((c) => c.method);
  }

  private stamp(): string {
    return new Date(Date.parse(NOW) + ++this.clock * 1000).toISOString();
  }

  private newId = (prefix: 'an' | 'ln'): string => `${prefix}${this.nextId++}`;

  private article(id: string): FakeArticle {
    const found = this.articles.find((a) => a.id === id);
    if (!found) throw new StudyError('not-found', `Unknown article id ${id}`, { field: 'articleId' });
    return found;
  }

  /** Adds an annotation directly (as if made earlier). */
  seed(articleId: string, quote: string, annotator = 'Ana', category: Category = 'claim'): Annotation {
    const article = this.article(articleId);
    const start = article.text.indexOf(quote);
    if (start < 0) throw new Error(`"${quote}" is not in ${articleId}`);
    const a = newAnnotation({ id: this.newId('an'), article, annotator, category, span: { start, end: start + quote.length }, now: NOW });
    this.annotations.push(a);
    return a;
  }

  private tagSets(): TagSet[] {
    const names = new Set([...this.annotations.map((a) => a.annotator), ...this.links.map((l) => l.annotator)]);
    return [...names].map((annotator) => ({
      schemaVersion: SCHEMA_VERSION,
      annotator,
      annotations: this.annotations.filter((a) => a.annotator === annotator),
      links: this.links.filter((l) => l.annotator === annotator),
    }));
  }

  private requireAnnotator(): string {
    if (!this.annotator) throw new StudyError('bad-input', 'Set who is annotating first (annotator name)', { field: 'annotator' });
    return this.annotator;
  }

  /** Applies a shared rule to the current annotator's tag set, as the service does, and keeps everyone's order. */
  private editOwn<R>(rule: (draft: TagSet, others: readonly TagSet[]) => R): R {
    const annotator = this.requireAnnotator();
    const sets = this.tagSets();
    const mine = sets.find((t) => t.annotator === annotator);
    const draft: TagSet = structuredClone(mine ?? { schemaVersion: SCHEMA_VERSION, annotator, annotations: [], links: [] });
    const result = rule(
      draft,
      sets.filter((t) => t.annotator !== annotator),
    );
    this.annotations = merged(this.annotations, draft.annotations, annotator);
    this.links = merged(this.links, draft.links, annotator);
    return result;
  }

  private summary(): StudySummary {
    const outlets = this.articles.map((a) => ({ id: a.outletId, name: a.outletName }));
    return {
      dir: '/tmp/test.study',
      name: 'Test study',
      outlets,
      codebook: presetCodebook(),
      annotator: this.annotator,
      annotators: this.annotator ? [this.annotator] : [],
      articleCount: this.articles.length,
      annotationCount: this.annotations.length,
      linkCount: this.links.length,
    };
  }

  private articleSummary(article: FakeArticle): ArticleSummary {
    const counts = { claim: 0, framing: 0, attribution: 0 };
    for (const a of this.annotations) if (a.annotator === this.annotator && a.articleId === article.id) counts[a.category]++;
    const { id, outletId, outletName, title, text, blocks } = article;
    return { id, outletId, outletName, title, chars: text.length, blocks, boilerplateBlocks: 0, counts };
  }

  async getStudy(input: Input<'getStudy'>): Promise<Output<'getStudy'>> {
    this.log('getStudy', input);
    return this.summary();
  }
  async openStudy(input: Input<'openStudy'>): Promise<Output<'openStudy'>> {
    this.log('openStudy', input);
    return this.summary();
  }
  async createStudy(input: Input<'createStudy'>): Promise<Output<'createStudy'>> {
    this.log('createStudy', input);
    return this.summary();
  }
  async createSampleStudy(input: Input<'createSampleStudy'>): Promise<Output<'createSampleStudy'>> {
    this.log('createSampleStudy', input);
    return this.summary();
  }
  async restoreBackup(input: Input<'restoreBackup'>): Promise<Output<'restoreBackup'>> {
    this.log('restoreBackup', input);
    return this.summary();
  }
  async setAnnotator(input: Input<'setAnnotator'>): Promise<Output<'setAnnotator'>> {
    this.log('setAnnotator', input);
    this.annotator = input.name.trim();
    return this.summary();
  }
  async listAnnotators(input: Input<'listAnnotators'>): Promise<Output<'listAnnotators'>> {
    this.log('listAnnotators', input);
    return this.summary().annotators;
  }
  async listArticles(input: Input<'listArticles'>): Promise<Output<'listArticles'>> {
    this.log('listArticles', input);
    return this.articles.map((a) => this.articleSummary(a));
  }
  async getArticle(input: Input<'getArticle'>): Promise<Output<'getArticle'>> {
    this.log('getArticle', input);
    const { id, outletId, outletName, title, text } = this.article(input.articleId);
    const view: ArticleView = { id, outletId, outletName, title, importedAt: NOW, sourceFormat: 'text', doc: { type: 'doc', content: [] }, text, blocks: [] };
    return view;
  }
  async importArticle(input: Input<'importArticle'>): Promise<Output<'importArticle'>> {
    this.log('importArticle', input);
    if (input.content.trim() === '') throw new StudyError('bad-input', `${input.fileName} is empty`);
    return { ...this.articleSummary(this.articles[0]!), id: `imported-${this.nextId++}`, title: input.fileName };
  }
  async annotate(input: Input<'annotate'>): Promise<Output<'annotate'>> {
    this.log('annotate', input);
    const annotator = this.requireAnnotator();
    const article = this.article(input.articleId);
    const start = input.start ?? article.text.indexOf(input.quote ?? '');
    const end = input.end ?? start + (input.quote ?? '').length;
    const label = input.label === undefined ? undefined : resolveLabel(presetCodebook(), input.category, input.label);
    const annotation = newAnnotation({ id: this.newId('an'), article, annotator, category: input.category, label, note: input.note, span: { start, end }, now: this.stamp() });
    return this.editOwn((draft) => {
      draft.annotations.push(annotation);
      return annotation;
    });
  }
  async updateAnnotation(input: Input<'updateAnnotation'>): Promise<Output<'updateAnnotation'>> {
    this.log('updateAnnotation', input);
    const current = ownAnnotation(this.tagSets(), this.requireAnnotator(), input.id);
    const next = editedAnnotation(presetCodebook(), current, input, this.stamp());
    return this.editOwn((draft) => replaceAnnotationInDraft(draft, next));
  }
  async deleteAnnotation(input: Input<'deleteAnnotation'>): Promise<Output<'deleteAnnotation'>> {
    this.log('deleteAnnotation', input);
    ownAnnotation(this.tagSets(), this.requireAnnotator(), input.id);
    const now = this.stamp();
    return this.editOwn((draft) => removeAnnotationFromDraft(draft, input.id, now));
  }
  async restoreAnnotations(input: Input<'restoreAnnotations'>): Promise<Output<'restoreAnnotations'>> {
    this.log('restoreAnnotations', input);
    const length = (id: string) => this.articles.find((a) => a.id === id)?.text.length;
    const links = this.editOwn((draft) => restoreIntoDraft(draft, input.annotations, input.links ?? [], length));
    return { annotations: input.annotations, links };
  }
  async listAnnotations(input: Input<'listAnnotations'>): Promise<Output<'listAnnotations'>> {
    this.log('listAnnotations', input);
    return this.annotations.filter((a) => (!input.articleId || a.articleId === input.articleId) && (!input.annotator || a.annotator === input.annotator));
  }
  async link(input: Input<'link'>): Promise<Output<'link'>> {
    this.log('link', input);
    const fields = { ...input, id: this.newId('ln'), annotator: this.requireAnnotator(), now: this.stamp() };
    return this.editOwn((draft, others) => addLinkToDraft(draft, others, fields));
  }
  async updateLink(input: Input<'updateLink'>): Promise<Output<'updateLink'>> {
    this.log('updateLink', input);
    ownLink(this.tagSets(), this.requireAnnotator(), input.linkId);
    const now = this.stamp();
    return this.editOwn((draft, others) => editLinkInDraft(draft, others, input, now));
  }
  async unlink(input: Input<'unlink'>): Promise<Output<'unlink'>> {
    this.log('unlink', input);
    ownLink(this.tagSets(), this.requireAnnotator(), input.linkId);
    return this.editOwn((draft) => removeLinkFromDraft(draft, input.linkId));
  }
  async listLinks(input: Input<'listLinks'>): Promise<Output<'listLinks'>> {
    this.log('listLinks', input);
    return this.links.filter((l) => !input.annotator || l.annotator === input.annotator);
  }
  async compareLink(input: Input<'compareLink'>): Promise<Output<'compareLink'>> {
    this.log('compareLink', input);
    const link = this.links.find((l) => l.id === input.linkId);
    if (!link) throw new StudyError('not-found', `Unknown link id ${input.linkId}`, { field: 'linkId' });
    return { link, comparison: this.comparison };
  }
  async terms(input: Input<'terms'>): Promise<Output<'terms'>> {
    this.log('terms', input);
    const table: TermTable = {
      articles: this.articles.map((a) => ({ id: a.id, outletName: a.outletName })),
      rows: [{ term: 'fighters', counts: this.articles.map(() => 1), total: this.articles.length }],
      occurrences: [],
    };
    return table;
  }
  async tagTerm(input: Input<'tagTerm'>): Promise<Output<'tagTerm'>> {
    this.log('tagTerm', input);
    const annotator = this.requireAnnotator();
    const category = input.category ?? 'framing';
    const label = resolveLabel(presetCodebook(), category, input.label ?? (category === 'framing' ? 'loaded-term' : ''), true);
    const hits = this.articles.flatMap((a) => occurrences(a.text, input.term).map((start) => ({ articleId: a.id, start, end: start + input.term.length })));
    const now = this.stamp();
    return this.editOwn((draft) => {
      const { fresh, skipped } = untaggedHits(draft.annotations, category, hits);
      const created = fresh.map((hit) => newAnnotation({ id: this.newId('an'), article: this.article(hit.articleId), annotator, category, label, span: hit, now }));
      draft.annotations.push(...created);
      return { created, skipped };
    });
  }
  async suggest(input: Input<'suggest'>): Promise<Output<'suggest'>> {
    this.log('suggest', input);
    // The last sentence of every other article.
    return this.articles
      .filter((a) => a.id !== input.articleId)
      .map((a) => {
        const dot = a.text.lastIndexOf('. ', a.text.length - 2);
        const start = dot < 0 ? 0 : dot + 2;
        return { articleId: a.id, outletName: a.outletName, start, end: a.text.length, text: a.text.slice(start), score: 0.4, shared: ['fighters'], differing: ['tunnels'] };
      });
  }
  async acceptSuggestion(input: Input<'acceptSuggestion'>): Promise<Output<'acceptSuggestion'>> {
    this.log('acceptSuggestion', input);
    const source = ownAnnotation(this.tagSets(), this.requireAnnotator(), input.sourceAnnotationId);
    const fields = { source, article: this.article(input.articleId), span: { start: input.start, end: input.end }, kind: input.kind, now: this.stamp(), newId: this.newId };
    return this.editOwn((draft) => acceptSuggestionInDraft(draft, fields));
  }
  async align(input: Input<'align'>): Promise<Output<'align'>> {
    this.log('align', input);
    const [a, b] = this.articles;
    if (!a || !b) return [];
    const side = (x: FakeArticle, start: number) => ({ articleId: x.id, outletName: x.outletName, start, end: x.text.length, text: x.text.slice(start) });
    return [{ score: 0.5, a: side(a, Math.max(0, a.text.indexOf('. ') + 2)), b: side(b, 0) }];
  }
}

/** Replaces one annotator's items in `all` by `mine`, keeping everyone's order; new items go last. */
function merged<T extends { id: string; annotator: string }>(all: readonly T[], mine: readonly T[], annotator: string): T[] {
  const byId = new Map(mine.map((x) => [x.id, x]));
  const out: T[] = [];
  for (const x of all) {
    if (x.annotator !== annotator) out.push(x);
    else if (byId.has(x.id)) {
      out.push(byId.get(x.id)!);
      byId.delete(x.id);
    }
  }
  return [...out, ...byId.values()];
}

function occurrences(text: string, term: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) out.push(at);
  return out;
}

/** The fake as a full Api: its methods, and a failing stub for every other contract entry. */
export function asApi(fake: FakeApi): Api {
  const api: Partial<Record<MethodName, (input: never) => Promise<unknown>>> = {};
  const own = fake as unknown as Partial<Record<MethodName, (input: never) => Promise<unknown>>>;
  for (const name of METHOD_NAMES) {
    const method = own[name];
    api[name] = typeof method === 'function' ? method.bind(fake) : () => Promise.reject(new StudyError('io', `${name} is not part of the fake`));
  }
  return api as Api;
}

/** A Map-backed stand-in for localStorage. */
export function memoryStorage(initial: Record<string, string> = {}) {
  const map = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
  };
}
