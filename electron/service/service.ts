import path from 'node:path';
import type { Api, Input, Output } from '../../shared/api';
import { StudyError } from '../../shared/errors';
import {
  SCHEMA_VERSION,
  presetCodebook,
  type Annotation,
  type Article,
  type Link,
  type Study,
  type TagSet,
} from '../../shared/model';
import { canonicalText, docFromJSON } from '../../shared/text';
import { checkLinkMembers, removeAnnotationFromDraft } from '../../shared/tagset/links';
import { importDocument } from '../import';
import { StudyStore } from '../store/study-store';
import { articleSummary, articleView, countsByArticle, deriveTitle, loadArticle, type LoadedArticle } from './articles';
import { articleId, newId, outletId } from './ids';
import { loadSeedManifest, readSeed } from './sample';
import { annotatorNames, defaultLinkLabel, makeAnnotation, resolveLabel, resolveSpan, upsert } from './resolve';
import { alignFor, buildStudyIndex, compareLink, linkConflictSummaries, suggestFor, termOccurrences, termsFor, type CompareContext } from './comparison';
import type { SuggestIndex } from '../../shared/suggest';
import { exportStudy as exportFile } from './export';
import { importAnnotations as importExchangeFile } from './exchange';

export interface ServiceOptions {
  /** Folder holding the seed articles and seeds.json, for the sample study. */
  seedsDir: string;
  /** Injected clock, for tests. */
  now?: () => Date;
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
    if (!this.store) throw new StudyError('no-study', 'No study is open. Open or create a study first.');
    return this.store;
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
    const project = store.project();
    const tagSets = store.tagSets();
    return {
      dir: store.dir,
      name: project.name,
      outlets: project.outlets,
      codebook: project.codebook,
      annotator: this.annotator,
      annotators: annotatorNames(tagSets, this.annotator),
      articleCount: this.loaded.size,
      annotationCount: tagSets.reduce((n, t) => n + t.annotations.length, 0),
      linkCount: tagSets.reduce((n, t) => n + t.links.length, 0),
    };
  }

  async openStudy(input: Input<'openStudy'>): Promise<Output<'openStudy'>> {
    const dir = path.resolve(input.dir);
    try {
      await this.attach(await StudyStore.open(dir));
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
    await this.attach(await StudyStore.create(dir, project));
    return this.getStudy();
  }

  async createSampleStudy(input: Input<'createSampleStudy'>): Promise<Output<'createSampleStudy'>> {
    const manifest = await loadSeedManifest(this.options.seedsDir);
    await this.createStudy({ dir: input.dir, name: manifest.study });
    for (const entry of manifest.articles) {
      const content = await readSeed(this.options.seedsDir, entry.file);
      await this.importArticle({
        fileName: entry.file,
        content,
        format: 'text',
        outlet: entry.outlet,
        ...(entry.url ? { url: entry.url } : {}),
        ...(entry.publishedAt ? { publishedAt: entry.publishedAt } : {}),
      });
      if (entry.outletDescription) {
        const id = outletId(entry.outlet);
        await this.requireStore().updateProject((draft) => {
          const outlet = draft.outlets.find((o) => o.id === id);
          if (outlet) outlet.description = entry.outletDescription;
        });
      }
    }
    return this.getStudy();
  }

  async restoreBackup(input: Input<'restoreBackup'>): Promise<Output<'restoreBackup'>> {
    const dir = this.failedDir ?? this.store?.dir;
    if (!dir) throw new StudyError('no-study', 'No study to restore: open the study first');
    const wasOpen = this.store?.dir === dir;
    if (wasOpen) await this.close();
    await StudyStore.restoreBackup(dir, input.file);
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
    const imported = importDocument({ fileName: input.fileName, content: input.content, ...(input.format ? { format: input.format } : {}) });
    const outletName = input.outlet ?? imported.meta.outlet ?? 'Unknown outlet';
    const oid = outletId(outletName);
    const draft: Article = {
      schemaVersion: SCHEMA_VERSION,
      id: 'pending',
      outletId: oid,
      title: '',
      importedAt: this.now(),
      sourceFile: path.basename(input.fileName),
      sourceFormat: imported.format,
      doc: imported.doc,
      text: '',
    };
    const canonical = canonicalText(docFromJSON(imported.doc));
    draft.text = canonical.text;
    draft.id = articleId(oid, draft.text);
    draft.title = input.title ?? imported.meta.title ?? deriveTitle(draft.text, canonical.blocks);
    const url = input.url ?? imported.meta.url;
    if (url) draft.url = url;
    const published = input.publishedAt ?? imported.meta.publishedAt;
    if (published) draft.publishedAt = published;
    if (imported.meta.author) draft.author = imported.meta.author;
    if (imported.meta.language) draft.language = imported.meta.language;
    const existing = this.loaded.get(draft.id);
    if (existing) {
      throw new StudyError('conflict', `${input.fileName} is already in this study as "${existing.article.title}" (${existing.article.id})`, { field: 'content' });
    }
    if (!store.project().outlets.some((o) => o.id === oid)) {
      await store.updateProject((project) => {
        project.outlets.push({ id: oid, name: outletName });
      });
    }
    await store.addArticle(draft);
    const loaded = loadArticle(draft);
    this.loaded.set(draft.id, loaded);
    this.suggestIndex = null;
    // A new article has no annotations yet.
    return articleSummary(store.project(), loaded, undefined);
  }

  async annotate(input: Input<'annotate'>): Promise<Output<'annotate'>> {
    const store = this.requireStore();
    const { article } = this.requireArticle(input.articleId);
    const annotator = this.requireAnnotator(input.annotator);
    const range = resolveSpan(article, input);
    const label = input.label === undefined ? undefined : resolveLabel(store.project(), input.category, input.label);
    const annotation = makeAnnotation({ article, annotator, category: input.category, label, note: input.note, span: range, now: this.now() });
    await store.updateTagSet(annotator, (draft) => {
      draft.annotations.push(annotation);
    });
    return annotation;
  }

  async updateAnnotation(input: Input<'updateAnnotation'>): Promise<Output<'updateAnnotation'>> {
    const store = this.requireStore();
    const annotator = this.requireAnnotator();
    const current = this.ownAnnotation(annotator, input.id);
    const category = input.category ?? current.category;
    let label = current.label;
    if (input.label === null) label = undefined;
    else if (input.label !== undefined) label = resolveLabel(store.project(), category, input.label);
    else if (label && category !== current.category && !store.project().codebook[category].some((l) => l.id === label)) label = undefined;
    const next: Annotation = { ...current, category, note: input.note ?? current.note, updatedAt: this.now() };
    if (label) next.label = label;
    else delete next.label;
    await store.updateTagSet(annotator, (draft) => {
      const index = draft.annotations.findIndex((a) => a.id === input.id);
      draft.annotations[index] = next;
    });
    return next;
  }

  async deleteAnnotation(input: Input<'deleteAnnotation'>): Promise<Output<'deleteAnnotation'>> {
    const store = this.requireStore();
    const annotator = this.requireAnnotator();
    this.ownAnnotation(annotator, input.id);
    const now = this.now();
    let effect: ReturnType<typeof removeAnnotationFromDraft> | undefined;
    await store.updateTagSet(annotator, (draft) => {
      effect = removeAnnotationFromDraft(draft, input.id, now);
    });
    return effect!;
  }

  async restoreAnnotations(input: Input<'restoreAnnotations'>): Promise<Output<'restoreAnnotations'>> {
    const store = this.requireStore();
    const annotator = this.requireAnnotator();
    for (const a of input.annotations) {
      if (a.annotator !== annotator) {
        throw new StudyError('bad-input', `Annotation ${a.id} belongs to ${a.annotator}; only they can restore it`, { field: 'annotations' });
      }
      const { article } = this.requireArticle(a.articleId);
      if (a.position.end > article.text.length) {
        throw new StudyError('bad-input', `Annotation ${a.id} ends at ${a.position.end}, past the end of article ${a.articleId}`, { field: 'annotations' });
      }
    }
    const links = (input.links ?? []).filter((l) => l.annotator === annotator);
    await store.updateTagSet(annotator, (draft) => {
      for (const a of input.annotations) upsert(draft.annotations, a);
      for (const l of links) upsert(draft.links, l);
    });
    return { annotations: input.annotations, links };
  }

  async listAnnotations(input: Input<'listAnnotations'>): Promise<Output<'listAnnotations'>> {
    const store = this.requireStore();
    if (input.articleId) this.requireArticle(input.articleId);
    const sets = input.annotator ? [store.tagSet(input.annotator)].filter((t): t is TagSet => !!t) : store.tagSets();
    const out: Annotation[] = [];
    for (const t of sets) for (const a of t.annotations) if (!input.articleId || a.articleId === input.articleId) out.push(a);
    return out.sort((a, b) => a.articleId.localeCompare(b.articleId) || a.position.start - b.position.start || a.position.end - b.position.end);
  }

  async link(input: Input<'link'>): Promise<Output<'link'>> {
    const store = this.requireStore();
    const annotator = this.requireAnnotator();
    const members = checkLinkMembers(store.tagSet(annotator), input.annotationIds, store.tagSets());
    const now = this.now();
    const link: Link = {
      id: newId('ln'),
      annotator,
      label: input.label || defaultLinkLabel(members),
      kind: input.kind ?? 'same-claim',
      members: members.map((m) => m.id),
      note: input.note ?? '',
      createdAt: now,
      updatedAt: now,
    };
    await store.updateTagSet(annotator, (draft) => {
      draft.links.push(link);
    });
    return link;
  }

  async updateLink(input: Input<'updateLink'>): Promise<Output<'updateLink'>> {
    const store = this.requireStore();
    const annotator = this.requireAnnotator();
    const tagSet = store.tagSet(annotator);
    const current = this.ownLink(annotator, input.linkId);
    const removing = new Set(input.remove ?? []);
    for (const id of removing) {
      if (!current.members.includes(id)) throw new StudyError('bad-input', `Annotation ${id} is not a member of link ${current.id}`, { field: 'remove' });
    }
    const ids = [...current.members.filter((m) => !removing.has(m)), ...(input.add ?? []).filter((id) => !current.members.includes(id))];
    const members = checkLinkMembers(tagSet, ids, store.tagSets());
    const next: Link = {
      ...current,
      label: input.label ?? current.label,
      kind: input.kind ?? current.kind,
      note: input.note ?? current.note,
      members: members.map((m) => m.id),
      updatedAt: this.now(),
    };
    await store.updateTagSet(annotator, (draft) => {
      const index = draft.links.findIndex((l) => l.id === next.id);
      draft.links[index] = next;
    });
    return next;
  }

  async unlink(input: Input<'unlink'>): Promise<Output<'unlink'>> {
    const store = this.requireStore();
    const annotator = this.requireAnnotator();
    const link = this.ownLink(annotator, input.linkId);
    await store.updateTagSet(annotator, (draft) => {
      draft.links = draft.links.filter((l) => l.id !== link.id);
    });
    return link;
  }

  async listLinks(input: Input<'listLinks'>): Promise<Output<'listLinks'>> {
    const store = this.requireStore();
    const sets = input.annotator ? [store.tagSet(input.annotator)].filter((t): t is TagSet => !!t) : store.tagSets();
    return sets.flatMap((t) => t.links);
  }

  async compareLink(input: Input<'compareLink'>): Promise<Output<'compareLink'>> {
    const store = this.requireStore();
    const link = this.findLink(input.linkId);
    const annotations = store.tagSet(link.annotator)?.annotations ?? [];
    return { link, comparison: compareLink(link, annotations, this.compareContext()) };
  }

  async linkConflictSummaries(input: Input<'linkConflictSummaries'>): Promise<Output<'linkConflictSummaries'>> {
    const store = this.requireStore();
    const sets = input.annotator ? [store.tagSet(input.annotator)].filter((t): t is TagSet => !!t) : store.tagSets();
    return linkConflictSummaries(sets, this.compareContext(), store);
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
    const label = resolveLabel(store.project(), category, input.label ?? (category === 'framing' ? 'loaded-term' : ''), true);
    const existing = store.tagSet(annotator)?.annotations ?? [];
    const taken = new Set(existing.filter((a) => a.category === category).map((a) => `${a.articleId}:${a.position.start}:${a.position.end}`));
    const now = this.now();
    const created: Annotation[] = [];
    let skipped = 0;
    for (const hit of termOccurrences(input.term, this.loaded.values(), this.compareContext())) {
      if (taken.has(`${hit.articleId}:${hit.start}:${hit.end}`)) {
        skipped++;
        continue;
      }
      const { article } = this.loaded.get(hit.articleId)!;
      created.push(makeAnnotation({ article, annotator, category, label, span: hit, now }));
    }
    if (created.length > 0) {
      await store.updateTagSet(annotator, (draft) => {
        draft.annotations.push(...created);
      });
    }
    return { created, skipped };
  }

  async acceptSuggestion(input: Input<'acceptSuggestion'>): Promise<Output<'acceptSuggestion'>> {
    const store = this.requireStore();
    const annotator = this.requireAnnotator();
    const source = this.ownAnnotation(annotator, input.sourceAnnotationId);
    if (source.articleId === input.articleId) {
      throw new StudyError('bad-input', 'A suggestion must come from another article than the span it was found for', { field: 'articleId' });
    }
    const { article } = this.requireArticle(input.articleId);
    const span = resolveSpan(article, input);
    const now = this.now();
    const existing = store.tagSet(annotator)?.annotations.find(
      (a) => a.articleId === article.id && a.position.start === span.start && a.position.end === span.end && a.category === source.category,
    );
    const annotation = existing ?? makeAnnotation({ article, annotator, category: source.category, label: source.label, span, now });
    const current = store.tagSet(annotator)?.links.find((l) => l.members.includes(source.id));
    let link: Link;
    if (current) {
      link = current.members.includes(annotation.id) ? current : { ...current, members: [...current.members, annotation.id], updatedAt: now };
    } else {
      link = {
        id: newId('ln'),
        annotator,
        label: defaultLinkLabel([source]),
        kind: input.kind ?? 'same-claim',
        members: [source.id, annotation.id],
        note: '',
        createdAt: now,
        updatedAt: now,
      };
    }
    await store.updateTagSet(annotator, (draft) => {
      if (!existing) draft.annotations.push(annotation);
      upsert(draft.links, link);
    });
    return { annotation, link };
  }

  async exportStudy(input: Input<'exportStudy'>): Promise<Output<'exportStudy'>> {
    const store = this.requireStore();
    const now = this.options.now?.() ?? new Date();
    return exportFile(input, { project: store.project(), tagSets: store.tagSets(), articles: this.loaded.values(), ctx: this.compareContext(), now, annotator: this.annotator });
  }

  /** Delegates to exchange.ts (W3C, Hypothesis and REFI-QDA import). */
  async importAnnotations(input: Input<'importAnnotations'>): Promise<Output<'importAnnotations'>> {
    const store = this.requireStore();
    return importExchangeFile(input, {
      project: store.project(),
      tagSets: store.tagSets(),
      articles: this.loaded.values(),
      now: this.now(),
      importArticle: (article) => this.importArticle(article),
      updateProject: (mutate) => store.updateProject(mutate),
      updateTagSet: (annotator, mutate) => store.updateTagSet(annotator, mutate),
    });
  }

  private index(): SuggestIndex {
    this.suggestIndex ??= buildStudyIndex(this.loaded.values());
    return this.suggestIndex;
  }

  private compareContext(): CompareContext {
    const project = this.requireStore().project();
    return {
      article: (id) => this.loaded.get(id),
      outletName: (id) => project.outlets.find((o) => o.id === id)?.name ?? 'Unknown outlet',
    };
  }

  /** A link in any tag set (comparisons can be read for a teammate's links too). */
  private findLink(id: string): Link {
    const store = this.requireStore();
    for (const t of store.tagSets()) {
      const link = t.links.find((l) => l.id === id);
      if (link) return link;
    }
    throw new StudyError('not-found', `Unknown link id ${id}`, { field: 'linkId' });
  }

  private ownAnnotation(annotator: string, id: string): Annotation {
    const store = this.requireStore();
    const found = store.tagSet(annotator)?.annotations.find((a) => a.id === id);
    if (found) return found;
    const owner = store.tagSets().find((t) => t.annotations.some((a) => a.id === id));
    if (owner) {
      throw new StudyError('bad-input', `Annotation ${id} is in ${owner.annotator}'s tag set; switch annotator to ${owner.annotator} to change it`, { field: 'id' });
    }
    throw new StudyError('not-found', `Unknown annotation id ${id}`, { field: 'id' });
  }

  private ownLink(annotator: string, id: string): Link {
    const store = this.requireStore();
    const found = store.tagSet(annotator)?.links.find((l) => l.id === id);
    if (found) return found;
    const owner = store.tagSets().find((t) => t.links.some((l) => l.id === id));
    if (owner) throw new StudyError('bad-input', `Link ${id} is in ${owner.annotator}'s tag set`, { field: 'linkId' });
    throw new StudyError('not-found', `Unknown link id ${id}`, { field: 'linkId' });
  }
}
