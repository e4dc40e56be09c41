import { METHOD_NAMES, type Api, type ArticleSummary, type ArticleView, type Input, type MethodName, type Output, type StudySummary } from '../../../../shared/api';
import { StudyError } from '../../../../shared/errors';
import { SCHEMA_VERSION, presetCodebook, type Annotation, type Link, type TagSet } from '../../../../shared/model';
import { removeAnnotationFromDraft } from '../../../../shared/tagset/links';

/** The calls the workspace makes; the fake implements these. */
type UsedMethods =
  | 'getStudy'
  | 'openStudy'
  | 'createStudy'
  | 'createSampleStudy'
  | 'restoreBackup'
  | 'setAnnotator'
  | 'listAnnotators'
  | 'listArticles'
  | 'getArticle'
  | 'importArticle'
  | 'annotate'
  | 'updateAnnotation'
  | 'deleteAnnotation'
  | 'restoreAnnotations'
  | 'listAnnotations'
  | 'link'
  | 'updateLink'
  | 'unlink'
  | 'listLinks';

/**
 * An in-memory stand-in for the service, for testing the workspace actions
 * without a transport: it keeps annotations and links the way the service
 * does and logs every call. asApi() turns it into a full Api whose other
 * methods fail, so the contract can grow without touching this file.
 */
export class FakeApi implements Pick<Api, UsedMethods> {
  readonly calls: { method: MethodName; input: unknown }[] = [];
  annotator: string | null = null;
  annotations: Annotation[] = [];
  links: Link[] = [];
  readonly text = 'The minister said the ceasefire holds.\n\nCritics disagree.';
  private nextId = 1;

  private log(method: MethodName, input: unknown): void {
    this.calls.push({ method, input });
  }

  /** Method names called, in order. */
  methods(): MethodName[] {
    return this.calls.map((c) => c.method);
  }

  private summary(): StudySummary {
    return {
      dir: '/tmp/test.study',
      name: 'Test study',
      outlets: [{ id: 'o1', name: 'Outlet One' }],
      codebook: presetCodebook(),
      annotator: this.annotator,
      annotators: this.annotator ? [this.annotator] : [],
      articleCount: 1,
      annotationCount: this.annotations.length,
      linkCount: this.links.length,
    };
  }

  private articleSummary(): ArticleSummary {
    const counts = { claim: 0, framing: 0, attribution: 0 };
    for (const a of this.annotations) if (a.annotator === this.annotator) counts[a.category]++;
    return { id: 'a1', outletId: 'o1', outletName: 'Outlet One', title: 'Ceasefire', chars: this.text.length, blocks: 2, boilerplateBlocks: 0, counts };
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
    this.annotator = input.name;
    return this.summary();
  }
  async listAnnotators(input: Input<'listAnnotators'>): Promise<Output<'listAnnotators'>> {
    this.log('listAnnotators', input);
    return this.summary().annotators;
  }
  async listArticles(input: Input<'listArticles'>): Promise<Output<'listArticles'>> {
    this.log('listArticles', input);
    return [this.articleSummary()];
  }
  async getArticle(input: Input<'getArticle'>): Promise<Output<'getArticle'>> {
    this.log('getArticle', input);
    const view: ArticleView = {
      id: 'a1',
      outletId: 'o1',
      outletName: 'Outlet One',
      title: 'Ceasefire',
      importedAt: '2025-01-01T00:00:00.000Z',
      sourceFormat: 'text',
      doc: { type: 'doc', content: [] },
      text: this.text,
      blocks: [],
    };
    return view;
  }
  async importArticle(input: Input<'importArticle'>): Promise<Output<'importArticle'>> {
    this.log('importArticle', input);
    if (input.content.trim() === '') throw new StudyError('bad-input', `${input.fileName} is empty`);
    return { ...this.articleSummary(), id: `imported-${this.nextId++}`, title: input.fileName };
  }
  async annotate(input: Input<'annotate'>): Promise<Output<'annotate'>> {
    this.log('annotate', input);
    if (!this.annotator) throw new StudyError('bad-input', 'Set who is annotating first');
    const start = input.start ?? 0;
    const end = input.end ?? 0;
    const annotation: Annotation = {
      id: `an${this.nextId++}`,
      articleId: input.articleId,
      annotator: this.annotator,
      category: input.category,
      ...(input.label ? { label: input.label } : {}),
      note: input.note ?? '',
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
      position: { start, end },
      quote: { exact: this.text.slice(start, end), prefix: '', suffix: '' },
    };
    this.annotations.push(annotation);
    return annotation;
  }
  async updateAnnotation(input: Input<'updateAnnotation'>): Promise<Output<'updateAnnotation'>> {
    this.log('updateAnnotation', input);
    const index = this.annotations.findIndex((a) => a.id === input.id);
    const current = this.annotations[index];
    if (!current) throw new StudyError('not-found', `Unknown annotation id ${input.id}`);
    const next: Annotation = { ...current, category: input.category ?? current.category, note: input.note ?? current.note };
    if (input.label === null) delete next.label;
    else if (input.label !== undefined) next.label = input.label;
    this.annotations[index] = next;
    return next;
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
    return this.annotations.filter((a) => !input.articleId || a.articleId === input.articleId);
  }
  async link(input: Input<'link'>): Promise<Output<'link'>> {
    this.log('link', input);
    const link: Link = {
      id: `ln${this.nextId++}`,
      annotator: this.annotator ?? 'nobody',
      label: input.label ?? '',
      kind: input.kind ?? 'same-claim',
      members: input.annotationIds,
      note: input.note ?? '',
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
    };
    this.links.push(link);
    return link;
  }
  async updateLink(input: Input<'updateLink'>): Promise<Output<'updateLink'>> {
    this.log('updateLink', input);
    throw new StudyError('io', 'updateLink is not part of the fake');
  }
  async unlink(input: Input<'unlink'>): Promise<Output<'unlink'>> {
    this.log('unlink', input);
    throw new StudyError('io', 'unlink is not part of the fake');
  }
  async listLinks(input: Input<'listLinks'>): Promise<Output<'listLinks'>> {
    this.log('listLinks', input);
    return this.links;
  }
}

/** The fake as the workspace's Api: its methods, and a failing stub for every other contract entry. */
export function asApi(fake: FakeApi): Api {
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
