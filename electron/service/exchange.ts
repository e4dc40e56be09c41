import type { Input, Output } from '../../shared/api';
import { StudyError } from '../../shared/errors';
import {
  articleSources,
  isHypothesisExport,
  planImport,
  readHypothesis,
  readQdpx,
  readWebAnnotations,
  sha256Hex,
  type ExchangeFile,
  type ExchangeFormat,
  type ImportPlan,
  type PlanArticle,
  type QdpxRead,
} from '../../shared/exchange';
import { importPlainText } from '../../shared/import/plaintext';
import type { Annotation, Codebook, Link, Study, TagSet } from '../../shared/model';
import { canonicalText, docFromJSON } from '../../shared/text';
import type { LoadedArticle } from './articles';
import { articleId, outletId } from './ids';
import { upsert } from './resolve';

/**
 * importAnnotations: reads a W3C Web Annotation, Hypothesis or REFI-QDA
 * file, plans where every annotation goes (shared/exchange), and only then
 * writes: new articles for a .qdpx's texts, codebook labels for its codes,
 * and each annotator's tag set. A file that is refused writes nothing; a
 * dry run plans and reports only.
 */

export interface ExchangeDeps {
  project: Study;
  tagSets: readonly TagSet[];
  articles: Iterable<LoadedArticle>;
  now: string;
  importArticle(input: { fileName: string; content: string; format: 'text'; outlet: string; title: string }): Promise<{ id: string }>;
  updateProject(mutate: (draft: Study) => void): Promise<unknown>;
  updateTagSet(annotator: string, mutate: (draft: TagSet) => void): Promise<unknown>;
}

const bad = (message: string) => new StudyError('bad-input', message, { field: 'content' });

/** Which reader a file needs: by extension, then by what its JSON looks like. */
export function detectExchangeFormat(fileName: string, content: string, encoding: 'utf-8' | 'base64'): ExchangeFormat {
  if (/\.qdpx$/i.test(fileName) || encoding === 'base64') return 'qdpx';
  const doc = parseJson(fileName, content);
  if (isHypothesisExport(doc)) return 'hypothesis';
  return 'w3c';
}

function parseJson(fileName: string, content: string): unknown {
  try {
    return JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw bad(`${fileName} is not valid JSON: ${(error as Error).message.split('\n')[0]}`);
  }
}

function readFile(input: Input<'importAnnotations'>, format: ExchangeFormat, codebook: Codebook): ExchangeFile | QdpxRead {
  if (format === 'qdpx') {
    const bytes = input.encoding === 'base64' ? Buffer.from(input.content, 'base64') : Buffer.from(input.content, 'latin1');
    return readQdpx(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), codebook);
  }
  const doc = parseJson(input.fileName, input.content);
  return format === 'hypothesis' ? readHypothesis(doc) : readWebAnnotations(doc);
}

interface PendingArticle extends PlanArticle {
  title: string;
  outlet: string;
  fileName: string;
  raw: string;
  exists: boolean;
}

/** The articles a .qdpx's texts become, computed as importArticle would, without writing. */
function pendingArticles(file: ExchangeFile, known: ReadonlyMap<string, LoadedArticle>, projectName: string): PendingArticle[] {
  return file.texts.map((t) => {
    // Our own .qdpx names a source "Outlet — Title"; another tool's name is the title, under an outlet named for the file.
    const dash = t.title.indexOf(' — ');
    const outlet = dash > 0 ? t.title.slice(0, dash) : `Imported from ${projectName}`;
    const title = dash > 0 ? t.title.slice(dash + 3) : t.title;
    if (t.text.trim() === '') throw bad(`Text source "${t.title}" is empty`);
    const text = canonicalText(docFromJSON(importPlainText(t.text.replace(/^\uFEFF/, '')))).text;
    const id = articleId(outletId(outlet), text);
    return { id, text, sources: [t.source, `urn:sha256:${sha256Hex(text)}`], title, outlet, fileName: t.fileName, raw: t.text, exists: known.has(id) };
  });
}

/** Ids must be unique across the study: an id already held by another annotator gets a derived one. */
function keepIdsUnique(plan: ImportPlan, tagSets: readonly TagSet[]): void {
  const owner = new Map<string, string>();
  for (const t of tagSets) for (const x of [...t.annotations, ...t.links]) owner.set(x.id, t.annotator);
  for (const t of plan.tagSets) {
    const renamed = new Map<string, string>();
    const fresh = (id: string) => {
      const held = owner.get(id);
      if (held === undefined || held === t.annotator) return id;
      return `${id.slice(0, 2)}-${sha256Hex(`${t.annotator}\0${id}`).slice(0, 16)}`;
    };
    t.annotations = t.annotations.map((a): Annotation => {
      const id = fresh(a.id);
      if (id !== a.id) renamed.set(a.id, id);
      return { ...a, id };
    });
    t.links = t.links.map((l): Link => ({ ...l, id: fresh(l.id), members: l.members.map((m) => renamed.get(m) ?? m) }));
  }
}

export async function importAnnotations(input: Input<'importAnnotations'>, deps: ExchangeDeps): Promise<Output<'importAnnotations'>> {
  const format = input.format ?? detectExchangeFormat(input.fileName, input.content, input.encoding ?? 'utf-8');
  const file = readFile(input, format, deps.project.codebook);
  const known = new Map([...deps.articles].map((a) => [a.article.id, a]));
  const pending = pendingArticles(file, known, deps.project.name);
  const labelsAdded = ('newLabels' in file ? file.newLabels : []).filter((l) => !deps.project.codebook[l.category].some((c) => c.id === l.id));
  const codebook = structuredClone(deps.project.codebook);
  for (const l of labelsAdded) codebook[l.category].push({ id: l.id, name: l.name });
  const articles: PlanArticle[] = [
    ...[...known.values()].map(({ article }) => ({ id: article.id, text: article.text, sources: articleSources(article) })),
    ...pending.filter((p) => !p.exists),
  ];
  // A text the study already has is found by its content hash; add the file's own name for it.
  for (const p of pending.filter((x) => x.exists)) articles.find((a) => a.id === p.id)!.sources.push(...p.sources);
  const plan = planImport({ file, articles, codebook, now: deps.now, ...(input.annotator ? { annotator: input.annotator } : {}) });
  keepIdsUnique(plan, deps.tagSets);
  const skipped = 'skipped' in file ? (file as { skipped: { sourceId: string; reason: string }[] }).skipped : [];
  const unplaced = [...skipped.map((s) => ({ kind: 'annotation' as const, sourceId: s.sourceId, source: '', quote: '', reason: s.reason })), ...plan.unplaced];
  if (!input.dryRun) {
    for (const p of pending.filter((x) => !x.exists)) {
      await deps.importArticle({ fileName: p.fileName, content: p.raw, format: 'text', outlet: p.outlet, title: p.title });
    }
    if (labelsAdded.length) {
      await deps.updateProject((draft) => {
        for (const l of labelsAdded) if (!draft.codebook[l.category].some((c) => c.id === l.id)) draft.codebook[l.category].push({ id: l.id, name: l.name });
      });
    }
    for (const t of plan.tagSets) {
      await deps.updateTagSet(t.annotator, (draft) => {
        for (const a of t.annotations) upsert(draft.annotations, a);
        for (const l of t.links) upsert(draft.links, l);
      });
    }
  }
  return {
    format,
    dryRun: input.dryRun ?? false,
    articles: pending.map((p) => ({ id: p.id, title: p.title, created: !p.exists })),
    tagSets: plan.tagSets.map((t) => ({ annotator: t.annotator, annotations: t.annotations.length, links: t.links.length })),
    anchoredBy: plan.methods,
    labelsAdded,
    unplaced,
  };
}
