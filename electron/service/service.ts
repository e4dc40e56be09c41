import path from 'node:path';
import type { Api, Input, Output } from '../../shared/api';
import { StudyError } from '../../shared/errors';
import { SCHEMA_VERSION, presetCodebook, type Annotation, type Link, type Study, type TagSet } from '../../shared/model';
import {
  acceptSuggestionInDraft,
  addLinkToDraft,
  editLinkInDraft,
  editedAnnotation,
  findLink,
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
import { StudyStore } from '../store/study-store';
import { articleSummary, articleView, countsByArticle, importInto, loadArticle, type LoadedArticle } from './articles';
import { newId, outletId } from './ids';
import { importSeeds, loadSeedManifest } from './sample';
import { annotatorNames, resolveSpan, studySummary } from './resolve';
import { alignFor, buildStudyIndex, compareContextFor, compareLink, suggestFor, termOccurrences, termsFor, type CompareContext } from './comparison';
import type { SuggestIndex } from '../../shared/suggest';
import { exportStudy as exportFile } from './export';
import { importTeammates, tagSetRows } from './teammates';
import { adoptAnnotation, curate, studyChanges, type TeamContext } from './team-calls';

export interface ServiceOptions {
  /** Folder holding the seed articles and seeds.json, for the sample study. */
  seedsDir: string;
  /** Injected clock, for tests. */
  now?: () => Date;
  /** This machine's name in lock files (default the OS host name); tests pass one to act as another machine. */
  host?: string;
}

/**
 * The only code that touches the store. Implements the contract in
 * shared/api.ts; transports parse inputs before calling, and every method
 * checks what zod cannot (ids exist, spans fit the text, labels are in the codebook).
 */
export class StudyService implements Api {
  private store: StudyStore | null = null;
  private loaded = new Map<string, LoadedArticle>();
  private annotator: string | null = null;
  /** A study that failed to open because of a damaged file, so restoreBackup knows where. */
  private failedDir: string | null = null;
  /** Built on first use and dropped when articles change; articles are immutable otherwise. */
  private suggestIndex: SuggestIndex | null = null;

  constructor(private readonly options: ServiceOptions) {}

  private now(): string {
    return (this.options.now?.() ?? new Date()).toISOString();
  }

  private requireStore(): StudyStore {
    const store = this.store;
    if (!store) throw new StudyError('no-study', 'No study is open. Open or create a study first.');
    // Articles another writer imported (seen by the store's file watch) become readable here.
    if (store.articles().length !== this.loaded.size) {
      for (const article of store.articles()) if (!this.loaded.has(article.id)) this.loaded.set(article.id, loadArticle(article));
      this.suggestIndex = null;
    }
    return store;
  }

  private storeOptions(): { host?: string } {
    return this.options.host ? { host: this.options.host } : {};
  }

  private requireAnnotator(explicit?: string): string {
    const name = explicit ?? this.annotator;
    if (!name) throw new StudyError('bad-input', 'Set who is annotating first (annotator name)', { field: 'annotator' });
    return name;
  }

  private requireArticle(id: string): LoadedArticle {
    this.requireStore();
    const loaded = this.loaded.get(id);
    if (!loaded) throw new StudyError('not-found', `Unknown article id ${id}`, { field: 'articleId' });
    return loaded;
  }

  private async attach(store: StudyStore): Promise<void> {
    const loaded = new Map<string, LoadedArticle>();
    try {
      for (const article of store.articles()) loaded.set(article.id, loadArticle(article));
    } catch (error) {
      await store.close();
      throw error;
    }
    await this.close();
    this.store = store;
    this.loaded = loaded;
    this.suggestIndex = null;
    this.failedDir = null;
    store.watch();
  }

  /** Flushes pending writes and releases the study's lock. */
  async close(): Promise<void> {
    const store = this.store;
    this.store = null;
    this.loaded = new Map();
    if (store) await store.close();
  }

  async getStudy(): Promise<Output<'getStudy'>> {
    const store = this.requireStore();
    return studySummary(store.dir, store.project(), store.tagSets(), this.annotator, this.loaded.size);
  }

  async openStudy(input: Input<'openStudy'>): Promise<Output<'openStudy'>> {
    const dir = path.resolve(input.dir);
    try {
      await this.attach(await StudyStore.open(dir, this.storeOptions()));
    } catch (error) {
      if (error instanceof StudyError && error.code === 'corrupt-file') this.failedDir = dir;
      throw error;
    }
    return this.getStudy();
  }

  async createStudy(input: Input<'createStudy'>): Promise<Output<'createStudy'>> {
    const dir = path.resolve(input.dir);
    const name = input.name ?? path.basename(dir).replace(/\.study$/, '');
    const project: Study = { schemaVersion: SCHEMA_VERSION, name, createdAt: this.now(), outlets: [], codebook: presetCodebook() };
    await this.attach(await StudyStore.create(dir, project, this.storeOptions()));
    return this.getStudy();
  }

  async createSampleStudy(input: Input<'createSampleStudy'>): Promise<Output<'createSampleStudy'>> {
    const manifest = await loadSeedManifest(this.options.seedsDir);
    await this.createStudy({ dir: input.dir, name: manifest.study });
    const store = this.requireStore();
    await importSeeds(this.options.seedsDir, manifest, (article) => this.importArticle(article), (outlet, description) =>
      store.updateProject((draft) => {
        const found = draft.outlets.find((o) => o.id === outletId(outlet));
        if (found) found.description = description;
      }),
    );
    return this.getStudy();
  }

  async restoreBackup(input: Input<'restoreBackup'>): Promise<Output<'restoreBackup'>> {
    const dir = this.failedDir ?? this.store?.dir;
    if (!dir) throw new StudyError('no-study', 'No study to restore: open the study first');
    const wasOpen = this.store?.dir === dir;
    if (wasOpen) await this.close();
    await StudyStore.restoreBackup(dir, input.file, this.storeOptions());
    return this.openStudy({ dir });
  }

  async setAnnotator(input: Input<'setAnnotator'>): Promise<Output<'setAnnotator'>> {
    this.annotator = input.name.trim();
    return this.getStudy();
  }

  async listAnnotators(): Promise<Output<'listAnnotators'>> {
    return annotatorNames(this.requireStore().tagSets(), this.annotator);
  }

  async listArticles(): Promise<Output<'listArticles'>> {
    const store = this.requireStore();
    const project = store.project();
    const tagSet = this.annotator ? store.tagSet(this.annotator) : undefined;
    const counts = countsByArticle(tagSet);
    return [...this.loaded.values()].map((loaded) => articleSummary(project, loaded, counts.get(loaded.article.id)));
  }

  async getArticle(input: Input<'getArticle'>): Promise<Output<'getArticle'>> {
    const loaded = this.requireArticle(input.articleId);
    return articleView(this.requireStore().project(), loaded);
  }

  async importArticle(input: Input<'importArticle'>): Promise<Output<'importArticle'>> {
    const store = this.requireStore();
    const loaded = await importInto(store, this.loaded, input, this.now());
    this.suggestIndex = null;
    // A new article has no annotations yet.
    return articleSummary(store.project(), loaded, undefined);
  }

  async annotate(input: Input<'annotate'>): Promise<Output<'annotate'>> {
    const store = this.requireStore();
    const { article } = this.requireArticle(input.articleId);
    const annotator = this.requireAnnotator(input.annotator);
    const range = resolveSpan(article, input);
    const label = input.label === undefined ? undefined : resolveLabel(store.project().codebook, input.category, input.label);
    const annotation = newAnnotation({ id: newId('an'), article, annotator, category: input.category, label, note: input.note, span: range, now: this.now() });
    return this.editOwn(annotator, (draft) => {
      draft.annotations.push(annotation);
      return annotation;
    });
  }

  async updateAnnotation(input: Input<'updateAnnotation'>): Promise<Output<'updateAnnotation'>> {
    const store = this.requireStore();
    const annotator = this.requireAnnotator();
    const current = ownAnnotation(store.tagSets(), annotator, input.id);
    const next = editedAnnotation(store.project().codebook, current, input, this.now());
    return this.editOwn(annotator, (draft) => replaceAnnotationInDraft(draft, next));
  }

  async deleteAnnotation(input: Input<'deleteAnnotation'>): Promise<Output<'deleteAnnotation'>> {
    const store = this.requireStore();
    const annotator = this.requireAnnotator();
    ownAnnotation(store.tagSets(), annotator, input.id);
    const now = this.now();
    return this.editOwn(annotator, (draft) => removeAnnotationFromDraft(draft, input.id, now));
  }

  async restoreAnnotations(input: Input<'restoreAnnotations'>): Promise<Output<'restoreAnnotations'>> {
    this.requireStore();
    const annotator = this.requireAnnotator();
    const length = (id: string) => this.loaded.get(id)?.article.text.length;
    const links = await this.editOwn(annotator, (draft) => restoreIntoDraft(draft, input.annotations, input.links ?? [], length));
    return { annotations: input.annotations, links };
  }

  async listAnnotations(input: Input<'listAnnotations'>): Promise<Output<'listAnnotations'>> {
    const store = this.requireStore();
    if (input.articleId) this.requireArticle(input.articleId);
    const out: Annotation[] = [];
    for (const t of this.tagSetsInScope(input.annotator)) for (const a of t.annotations) if (!input.articleId || a.articleId === input.articleId) out.push(a);
    return out.sort((a, b) => a.articleId.localeCompare(b.articleId) || a.position.start - b.position.start || a.position.end - b.position.end);
  }

  async link(input: Input<'link'>): Promise<Output<'link'>> {
    this.requireStore();
    const annotator = this.requireAnnotator();
    const fields = { ...input, id: newId('ln'), annotator, now: this.now() };
    return this.editOwn(annotator, (draft, others) => addLinkToDraft(draft, others, fields));
  }

  async updateLink(input: Input<'updateLink'>): Promise<Output<'updateLink'>> {
    const store = this.requireStore();
    const annotator = this.requireAnnotator();
    ownLink(store.tagSets(), annotator, input.linkId);
    const now = this.now();
    return this.editOwn(annotator, (draft, others) => editLinkInDraft(draft, others, input, now));
  }

  async unlink(input: Input<'unlink'>): Promise<Output<'unlink'>> {
    const store = this.requireStore();
    const annotator = this.requireAnnotator();
    ownLink(store.tagSets(), annotator, input.linkId);
    return this.editOwn(annotator, (draft) => removeLinkFromDraft(draft, input.linkId));
  }

  async listLinks(input: Input<'listLinks'>): Promise<Output<'listLinks'>> {
    return this.tagSetsInScope(input.annotator).flatMap((t) => t.links);
  }

  async compareLink(input: Input<'compareLink'>): Promise<Output<'compareLink'>> {
    const store = this.requireStore();
    const link = this.findLink(input.linkId);
    const annotations = store.tagSet(link.annotator)?.annotations ?? [];
    return { link, comparison: compareLink(link, annotations, this.compareContext()) };
  }

  async suggest(input: Input<'suggest'>): Promise<Output<'suggest'>> {
    const { article } = this.requireArticle(input.articleId);
    const span = resolveSpan(article, input);
    return suggestFor(this.index(), { articleId: article.id, ...span }, input.top ?? 3, this.compareContext());
  }

  async align(input: Input<'align'>): Promise<Output<'align'>> {
    this.requireStore();
    return alignFor(this.index(), input, this.compareContext());
  }

  async terms(input: Input<'terms'>): Promise<Output<'terms'>> {
    const store = this.requireStore();
    const link = this.findLink(input.linkId);
    return termsFor(link, store.tagSet(link.annotator)?.annotations ?? [], this.loaded.values(), this.compareContext());
  }

  async tagTerm(input: Input<'tagTerm'>): Promise<Output<'tagTerm'>> {
    const store = this.requireStore();
    const annotator = this.requireAnnotator();
    const category = input.category ?? 'framing';
    const label = resolveLabel(store.project().codebook, category, input.label ?? (category === 'framing' ? 'loaded-term' : ''), true);
    const hits = termOccurrences(input.term, this.loaded.values(), this.compareContext());
    const { fresh, skipped } = untaggedHits(store.tagSet(annotator)?.annotations ?? [], category, hits);
    const now = this.now();
    const created = fresh.map((hit) => newAnnotation({ id: newId('an'), article: this.loaded.get(hit.articleId)!.article, annotator, category, label, span: hit, now }));
    if (created.length > 0) await this.editOwn(annotator, (draft) => draft.annotations.push(...created));
    return { created, skipped };
  }

  async acceptSuggestion(input: Input<'acceptSuggestion'>): Promise<Output<'acceptSuggestion'>> {
    const store = this.requireStore();
    const annotator = this.requireAnnotator();
    const source = ownAnnotation(store.tagSets(), annotator, input.sourceAnnotationId);
    const { article } = this.requireArticle(input.articleId);
    const fields = { source, article, span: resolveSpan(article, input), kind: input.kind, now: this.now(), newId };
    return this.editOwn(annotator, (draft) => acceptSuggestionInDraft(draft, fields));
  }

  async exportStudy(input: Input<'exportStudy'>): Promise<Output<'exportStudy'>> {
    const store = this.requireStore();
    const now = this.options.now?.() ?? new Date();
    return exportFile(input, { project: store.project(), tagSets: store.tagSets(), articles: this.loaded.values(), ctx: this.compareContext(), now, annotator: this.annotator });
  }

  async listTagSets(): Promise<Output<'listTagSets'>> {
    return tagSetRows(this.requireStore(), this.annotator);
  }

  async importTeammates(input: Input<'importTeammates'>): Promise<Output<'importTeammates'>> {
    return { results: await importTeammates(this.requireStore(), input.paths, this.annotator) };
  }

  async studyChanges(input: Input<'studyChanges'>): Promise<Output<'studyChanges'>> {
    const changes = await studyChanges(this.requireStore(), input.since);
    this.requireStore(); // takes in articles the refresh found
    return changes;
  }

  async adoptAnnotation(input: Input<'adoptAnnotation'>): Promise<Output<'adoptAnnotation'>> {
    return adoptAnnotation(this.team(), input);
  }

  async curate(input: Input<'curate'>): Promise<Output<'curate'>> {
    return curate(this.team(), input);
  }

  private team(): TeamContext {
    const store = this.requireStore();
    const article = (id: string) => this.requireArticle(id).article;
    return { store, annotator: this.requireAnnotator(), now: this.now(), article, edit: (annotator, rule) => this.editOwn(annotator, rule) };
  }

  private index(): SuggestIndex {
    this.suggestIndex ??= buildStudyIndex(this.loaded.values());
    return this.suggestIndex;
  }

  private compareContext(): CompareContext {
    return compareContextFor(this.requireStore().project(), this.loaded);
  }

  /** A link in any tag set (comparisons can be read for a teammate's links too). */
  private findLink(id: string): Link {
    return findLink(this.requireStore().tagSets(), id);
  }

  /** One annotator's tag set when named (none if it has none yet), else every tag set. */
  private tagSetsInScope(annotator: string | undefined): readonly TagSet[] {
    const store = this.requireStore();
    if (!annotator) return store.tagSets();
    const one = store.tagSet(annotator);
    return one ? [one] : [];
  }

  /** Applies a tag set rule to the annotator's own tag set (the others for lookups) and saves; returns the rule's result. */
  private async editOwn<R>(annotator: string, rule: (draft: TagSet, others: readonly TagSet[]) => R): Promise<R> {
    const store = this.requireStore();
    const others = store.tagSets().filter((t) => t.annotator !== annotator);
    let result: R | undefined;
    const now = this.now();
    await store.updateTagSet(annotator, (draft) => {
      result = rule(draft, others);
      draft.updatedAt = now;
    });
    return result as R;
  }
}
