import { METHOD_NAMES, type Api, type ArticleSummary, type ArticleView, type Input, type MethodName, type Output, type StudySummary } from '../../../shared/api';
import type { Comparison, TermTable } from '../../../shared/compare/types';
import { StudyError } from '../../../shared/errors';
import { SCHEMA_VERSION, presetCodebook, type Annotation, type Link, type TagSet } from '../../../shared/model';
import { removeAnnotationFromDraft } from '../../../shared/tagset/links';

/**
 * An in-memory study of two articles for testing the link and comparison
 * actions: annotations and links behave as in the service (links need two
 * articles, deletes take members out of links), comparison calls return
 * canned values, and every call is logged.
 */

export const OKAZ = 'art-okaz';
export const PARA = 'art-para';

const TEXTS: Record<string, string> = {
  [OKAZ]: 'Talks stalled. More than 100 fighters remain trapped in Rafah.',
  [PARA]: 'There are approximately 200 fighters in tunnels beneath Rafah.',
};

const NOW = '2025-01-01T00:00:00.000Z';

export class FakeStudyApi {
  readonly calls: { method: MethodName; input: unknown }[] = [];
  annotator: string | null = 'Ana';
  annotations: Annotation[] = [];
  links: Link[] = [];
  comparison: Comparison = { members: [], wording: { base: 0, diffs: [] }, actors: { shared: [], differing: [] }, conflicts: [] };
  private nextId = 1;
  private clock = 0;

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

  /** Adds an annotation directly (as if made earlier). */
  seed(articleId: string, quote: string, annotator = 'Ana', category: Annotation['category'] = 'claim'): Annotation {
    const text = TEXTS[articleId]!;
    const start = text.indexOf(quote);
    if (start < 0) throw new Error(`"${quote}" is not in ${articleId}`);
    const a: Annotation = {
      id: `an${this.nextId++}`,
      articleId,
      annotator,
      category,
      note: '',
      createdAt: NOW,
      updatedAt: NOW,
      position: { start, end: start + quote.length },
      quote: { exact: quote, prefix: '', suffix: '' },
    };
    this.annotations.push(a);
    return a;
  }

  private summary(): StudySummary {
    return {
      dir: '/tmp/test.study',
      name: 'Test study',
      outlets: [
        { id: 'o-okaz', name: 'Okaz' },
        { id: 'o-para', name: 'Parapolitika' },
      ],
      codebook: presetCodebook(),
      annotator: this.annotator,
      annotators: this.annotator ? [this.annotator] : [],
      articleCount: 2,
      annotationCount: this.annotations.length,
      linkCount: this.links.length,
    };
  }

  private article(id: string): ArticleSummary {
    const outletName = id === OKAZ ? 'Okaz' : 'Parapolitika';
    const text = TEXTS[id];
    if (!text) throw new StudyError('not-found', `Unknown article id ${id}`);
    return { id, outletId: id === OKAZ ? 'o-okaz' : 'o-para', outletName, title: `${outletName} story`, chars: text.length, blocks: 1, boilerplateBlocks: 0, counts: { claim: 0, framing: 0, attribution: 0 } };
  }

  private checkMembers(ids: readonly string[]): void {
    const members = ids.map((id) => {
      const a = this.annotations.find((x) => x.id === id && x.annotator === this.annotator);
      if (!a) throw new StudyError('not-found', `Unknown annotation id ${id} (deleted, or never made)`);
      return a;
    });
    if (new Set(members.map((m) => m.articleId)).size < 2) {
      throw new StudyError('bad-input', `A link needs annotations from at least two articles; all ${members.length} are in article ${members[0]?.articleId}`);
    }
  }

  async getStudy(input: Input<'getStudy'>): Promise<Output<'getStudy'>> {
    this.log('getStudy', input);
    return this.summary();
  }
  async setAnnotator(input: Input<'setAnnotator'>): Promise<Output<'setAnnotator'>> {
    this.log('setAnnotator', input);
    this.annotator = input.name;
    return this.summary();
  }
  async listArticles(input: Input<'listArticles'>): Promise<Output<'listArticles'>> {
    this.log('listArticles', input);
    return [this.article(OKAZ), this.article(PARA)];
  }
  async getArticle(input: Input<'getArticle'>): Promise<Output<'getArticle'>> {
    this.log('getArticle', input);
    const s = this.article(input.articleId);
    const view: ArticleView = { ...s, importedAt: NOW, sourceFormat: 'text', doc: { type: 'doc', content: [] }, text: TEXTS[s.id]!, blocks: [] };
    return view;
  }
  async annotate(input: Input<'annotate'>): Promise<Output<'annotate'>> {
    this.log('annotate', input);
    const text = TEXTS[input.articleId]!;
    const start = input.start ?? text.indexOf(input.quote ?? '');
    const end = input.end ?? start + (input.quote ?? '').length;
    const a: Annotation = {
      id: `an${this.nextId++}`,
      articleId: input.articleId,
      annotator: this.annotator!,
      category: input.category,
      note: '',
      createdAt: NOW,
      updatedAt: NOW,
      position: { start, end },
      quote: { exact: text.slice(start, end), prefix: '', suffix: '' },
    };
    this.annotations.push(a);
    return a;
  }
  async deleteAnnotation(input: Input<'deleteAnnotation'>): Promise<Output<'deleteAnnotation'>> {
    this.log('deleteAnnotation', input);
    // The service's own rule: members leave their links, and a link left with one article goes.
    const draft: TagSet = { schemaVersion: SCHEMA_VERSION, annotator: this.annotator ?? 'nobody', annotations: [...this.annotations], links: this.links.map((l) => ({ ...l })) };
    const effect = removeAnnotationFromDraft(draft, input.id, new Date(0).toISOString());
    this.annotations = draft.annotations;
    this.links = draft.links;
    return effect;
  }
  async restoreAnnotations(input: Input<'restoreAnnotations'>): Promise<Output<'restoreAnnotations'>> {
    this.log('restoreAnnotations', input);
    const links = input.links ?? [];
    for (const a of input.annotations) this.annotations = [...this.annotations.filter((x) => x.id !== a.id), a];
    for (const l of links) this.links = [...this.links.filter((x) => x.id !== l.id), l];
    return { annotations: input.annotations, links };
  }
  async listAnnotations(input: Input<'listAnnotations'>): Promise<Output<'listAnnotations'>> {
    this.log('listAnnotations', input);
    return this.annotations.filter((a) => (!input.articleId || a.articleId === input.articleId) && (!input.annotator || a.annotator === input.annotator));
  }
  async link(input: Input<'link'>): Promise<Output<'link'>> {
    this.log('link', input);
    this.checkMembers(input.annotationIds);
    const now = this.stamp();
    const link: Link = {
      id: `ln${this.nextId++}`,
      annotator: this.annotator!,
      label: input.label || this.annotations.find((a) => a.id === input.annotationIds[0])!.quote.exact,
      kind: input.kind ?? 'same-claim',
      members: [...input.annotationIds],
      note: input.note ?? '',
      createdAt: now,
      updatedAt: now,
    };
    this.links.push(link);
    return link;
  }
  async updateLink(input: Input<'updateLink'>): Promise<Output<'updateLink'>> {
    this.log('updateLink', input);
    const current = this.links.find((l) => l.id === input.linkId);
    if (!current) throw new StudyError('not-found', `Unknown link id ${input.linkId}`);
    const members = [...current.members.filter((m) => !(input.remove ?? []).includes(m)), ...(input.add ?? []).filter((m) => !current.members.includes(m))];
    this.checkMembers(members);
    const next: Link = { ...current, label: input.label ?? current.label, kind: input.kind ?? current.kind, note: input.note ?? current.note, members, updatedAt: this.stamp() };
    this.links = this.links.map((l) => (l.id === next.id ? next : l));
    return next;
  }
  async unlink(input: Input<'unlink'>): Promise<Output<'unlink'>> {
    this.log('unlink', input);
    const link = this.links.find((l) => l.id === input.linkId);
    if (!link) throw new StudyError('not-found', `Unknown link id ${input.linkId}`);
    this.links = this.links.filter((l) => l.id !== link.id);
    return link;
  }
  async listLinks(input: Input<'listLinks'>): Promise<Output<'listLinks'>> {
    this.log('listLinks', input);
    return this.links.filter((l) => !input.annotator || l.annotator === input.annotator);
  }
  async compareLink(input: Input<'compareLink'>): Promise<Output<'compareLink'>> {
    this.log('compareLink', input);
    const link = this.links.find((l) => l.id === input.linkId);
    if (!link) throw new StudyError('not-found', `Unknown link id ${input.linkId}`);
    return { link, comparison: this.comparison };
  }
  /** Every link of the annotator summarised from the one canned comparison. */
  async linkConflictSummaries(input: Input<'linkConflictSummaries'>): Promise<Output<'linkConflictSummaries'>> {
    this.log('linkConflictSummaries', input);
    const { conflicts } = this.comparison;
    const kinds = [...new Set(conflicts.map((c) => c.kind))];
    const severity = conflicts.length === 0 ? null : conflicts.every((c) => c.severity === 'different') ? 'different' : 'incompatible';
    const out: Output<'linkConflictSummaries'> = {};
    for (const l of this.links) if (!input.annotator || l.annotator === input.annotator) out[l.id] = { count: conflicts.length, kinds, severity, version: l.updatedAt };
    return out;
  }
  async terms(input: Input<'terms'>): Promise<Output<'terms'>> {
    this.log('terms', input);
    const table: TermTable = {
      articles: [
        { id: OKAZ, outletName: 'Okaz' },
        { id: PARA, outletName: 'Parapolitika' },
      ],
      rows: [{ term: 'fighters', counts: [1, 1], total: 2 }],
      occurrences: [],
    };
    return table;
  }
  async tagTerm(input: Input<'tagTerm'>): Promise<Output<'tagTerm'>> {
    this.log('tagTerm', input);
    const created: Annotation[] = [];
    let skipped = 0;
    for (const articleId of [OKAZ, PARA]) {
      const at = TEXTS[articleId]!.indexOf(input.term);
      if (at < 0) continue;
      if (this.annotations.some((a) => a.articleId === articleId && a.position.start === at && a.category === (input.category ?? 'framing'))) {
        skipped++;
        continue;
      }
      const a = await this.annotate({ articleId, category: input.category ?? 'framing', start: at, end: at + input.term.length });
      created.push(a);
    }
    return { created, skipped };
  }
  async suggest(input: Input<'suggest'>): Promise<Output<'suggest'>> {
    this.log('suggest', input);
    const other = input.articleId === OKAZ ? PARA : OKAZ;
    const text = TEXTS[other]!;
    const start = text.indexOf('.') + 2;
    return [{ articleId: other, outletName: this.article(other).outletName, start, end: text.length, text: text.slice(start), score: 0.4, shared: ['fighters'], differing: ['tunnels'] }];
  }
  async acceptSuggestion(input: Input<'acceptSuggestion'>): Promise<Output<'acceptSuggestion'>> {
    this.log('acceptSuggestion', input);
    const source = this.annotations.find((a) => a.id === input.sourceAnnotationId);
    if (!source) throw new StudyError('not-found', `Unknown annotation id ${input.sourceAnnotationId}`);
    const now = this.stamp();
    const text = TEXTS[input.articleId]!;
    const annotation: Annotation = {
      id: `an${this.nextId++}`,
      articleId: input.articleId,
      annotator: this.annotator!,
      category: source.category,
      note: '',
      createdAt: now,
      updatedAt: now,
      position: { start: input.start, end: input.end },
      quote: { exact: text.slice(input.start, input.end), prefix: '', suffix: '' },
    };
    this.annotations.push(annotation);
    const current = this.links.find((l) => l.members.includes(source.id));
    const link: Link = current
      ? { ...current, members: [...current.members, annotation.id], updatedAt: now }
      : { id: `ln${this.nextId++}`, annotator: this.annotator!, label: source.quote.exact, kind: input.kind ?? 'same-claim', members: [source.id, annotation.id], note: '', createdAt: now, updatedAt: now };
    this.links = [...this.links.filter((l) => l.id !== link.id), link];
    return { annotation, link };
  }
  async align(input: Input<'align'>): Promise<Output<'align'>> {
    this.log('align', input);
    return [
      {
        score: 0.5,
        a: { articleId: OKAZ, outletName: 'Okaz', start: 15, end: TEXTS[OKAZ]!.length, text: TEXTS[OKAZ]!.slice(15) },
        b: { articleId: PARA, outletName: 'Parapolitika', start: 0, end: TEXTS[PARA]!.length, text: TEXTS[PARA]! },
      },
    ];
  }
}

/** The fake as a full Api: its methods, and a failing stub for every other contract entry. */
export function fakeApi(fake: FakeStudyApi): Api {
  const api: Partial<Record<MethodName, (input: never) => Promise<unknown>>> = {};
  const own = fake as unknown as Partial<Record<MethodName, (input: never) => Promise<unknown>>>;
  for (const name of METHOD_NAMES) {
    const method = own[name];
    api[name] = method ? method.bind(fake) : () => Promise.reject(new StudyError('io', `${name} is not part of the fake`));
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
