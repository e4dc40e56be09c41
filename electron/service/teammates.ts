import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { StudyError } from '../../shared/errors';
import { Article, TagSet, type Annotation } from '../../shared/model';
import { mergeVerdict, tagSetTime } from '../../shared/tagset/merge';
import { parseFileText } from '../store/adapter';
import type { StudyStore } from '../store/study-store';
import { tagSetFile } from '../store/study-files';

/**
 * Bringing teammates' tag sets into a study: from tag set files or whole
 * study folders. Everything is read and checked first; only when every file
 * passes is anything written, so a bad file leaves the study as it was.
 */

export type TeammateStatus = 'added' | 'updated' | 'unchanged' | 'kept-newer' | 'conflict' | 'skipped-own';

export interface TeammateResult {
  source: string;
  annotator: string;
  status: TeammateStatus;
  annotations: number;
  links: number;
  /** Annotations whose article has another id here (same text), moved to the local id. */
  remapped: number;
  /** For a conflict: the name the incoming copy was saved under, beside the existing one. */
  savedAs?: string;
}

interface Incoming {
  source: string;
  tagSet: TagSet;
  /** The article texts of the study it came from, by id, when known. */
  articles: (id: string) => Promise<string | null>;
  fromFolder: boolean;
}

const tagSetOnly = { schema: TagSet };
const articleOnly = { schema: Article };

const textHash = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

async function readTagSetFile(file: string, articlesDir: string | null, fromFolder: boolean): Promise<Incoming> {
  const name = path.basename(file);
  const text = await fs.readFile(file, 'utf8').catch((error: unknown) => {
    throw new StudyError('bad-input', `${file}: cannot read it (${(error as Error).message})`, { field: 'paths', file });
  });
  const parsed = parseFileText(name, text, tagSetOnly);
  if (!parsed.ok) throw new StudyError('bad-input', `${file}: not a tag set: ${parsed.message.slice(name.length + 2)}`, { field: 'paths', file });
  const articles = async (id: string) => {
    if (!articlesDir) return null;
    const raw = await fs.readFile(path.join(articlesDir, `${id}.json`), 'utf8').catch(() => null);
    const article = raw === null ? null : parseFileText(`${id}.json`, raw, articleOnly);
    return article?.ok ? article.value.text : null;
  };
  return { source: file, tagSet: parsed.value, articles, fromFolder };
}

/** Reads every tag set the paths name: tag set files, or every tag set of a study folder. */
export async function readTeammates(paths: readonly string[]): Promise<Incoming[]> {
  const out: Incoming[] = [];
  for (const given of paths) {
    const full = path.resolve(given);
    const info = await fs.stat(full).catch(() => null);
    if (!info) throw new StudyError('bad-input', `${given}: no such file or folder`, { field: 'paths', file: given });
    if (info.isDirectory()) {
      const hasProject = await fs.access(path.join(full, 'project.json')).then(() => true, () => false);
      if (!hasProject) throw new StudyError('bad-input', `${given}: not a study folder (no project.json) or tag set file`, { field: 'paths', file: given });
      const names = (await fs.readdir(path.join(full, 'tagsets')).catch(() => [] as string[])).filter((n) => n.endsWith('.json') && !n.startsWith('.')).sort();
      for (const name of names) out.push(await readTagSetFile(path.join(full, 'tagsets', name), path.join(full, 'articles'), true));
    } else {
      const siblings = path.join(path.dirname(path.dirname(full)), 'articles');
      const hasArticles = await fs.stat(siblings).then((s) => s.isDirectory(), () => false);
      out.push(await readTagSetFile(full, hasArticles ? siblings : null, false));
    }
  }
  return out;
}

/** Moves annotations to local article ids (same id, or same text under another id); reports those with no local article. */
async function localize(incoming: Incoming, store: StudyStore): Promise<{ tagSet: TagSet; remapped: number }> {
  const byHash = new Map(store.articles().map((a) => [textHash(a.text), a]));
  const missing = new Map<string, number>();
  let remapped = 0;
  const annotations: Annotation[] = [];
  for (const a of incoming.tagSet.annotations) {
    let local = store.article(a.articleId);
    if (!local) {
      const text = await incoming.articles(a.articleId);
      local = text === null ? undefined : byHash.get(textHash(text));
      if (local) remapped++;
    }
    if (!local || local.text.slice(a.position.start, a.position.end) !== a.quote.exact) {
      missing.set(a.articleId, (missing.get(a.articleId) ?? 0) + 1);
      continue;
    }
    annotations.push(local.id === a.articleId ? a : { ...a, articleId: local.id });
  }
  if (missing.size > 0) {
    const count = [...missing.values()].reduce((n, k) => n + k, 0);
    const ids = [...missing.keys()];
    throw new StudyError(
      'bad-input',
      `${incoming.source}: ${count} annotation${count === 1 ? '' : 's'} of ${incoming.tagSet.annotator} point at ${ids.length} article${ids.length === 1 ? '' : 's'} this study lacks (${ids.join(', ')}); import those articles first. Nothing was written.`,
      { field: 'paths', file: incoming.source },
    );
  }
  return { tagSet: { ...incoming.tagSet, annotations }, remapped };
}

/** The incoming copy of a conflict, renamed so both are kept: "Bob (conflict 2025-01-02 10-00)". */
function conflictCopy(tagSet: TagSet, taken: (name: string) => boolean): TagSet {
  const when = tagSetTime(tagSet).slice(0, 16).replace('T', ' ').replace(':', '-') || 'undated';
  let name = `${tagSet.annotator.slice(0, 30)} (conflict ${when})`;
  for (let n = 2; taken(name); n++) name = `${tagSet.annotator.slice(0, 26)} (conflict ${when} ${n})`;
  return {
    ...tagSet,
    annotator: name,
    annotations: tagSet.annotations.map((a) => ({ ...a, annotator: name })),
    links: tagSet.links.map((l) => ({ ...l, annotator: name })),
  };
}

/**
 * Checks every incoming tag set against the study, then saves: new
 * annotators are added, a newer version replaces an older one, a conflict
 * keeps both. `mine` is the current annotator's name (never touched).
 */
export async function importTeammates(store: StudyStore, paths: readonly string[], mine: string | null): Promise<TeammateResult[]> {
  const incoming = await readTeammates(paths);
  const plans: { result: TeammateResult; write: TagSet | null }[] = [];
  const planned = new Map<string, TagSet>();
  const current = (name: string) => planned.get(name) ?? store.tagSet(name);
  for (const item of incoming) {
    const { annotator } = item.tagSet;
    const base = { source: item.source, annotator, annotations: item.tagSet.annotations.length, links: item.tagSet.links.length, remapped: 0 };
    if (annotator === mine || store.owns(annotator)) {
      if (item.fromFolder) {
        plans.push({ result: { ...base, status: 'skipped-own' }, write: null });
        continue;
      }
      const file = path.basename(item.source);
      throw new StudyError('bad-input', `${file} is your own annotator name (${annotator}); rename the annotator in that file, or choose another name for yourself, before bringing it in`, {
        field: 'paths',
        file: item.source,
      });
    }
    const { tagSet, remapped } = await localize(item, store);
    const existing = current(annotator);
    const verdict = existing ? mergeVerdict(existing, tagSet) : 'incoming-newer';
    const result: TeammateResult = { ...base, remapped, status: existing ? 'updated' : 'added' };
    if (verdict === 'unchanged' || verdict === 'existing-newer') {
      plans.push({ result: { ...result, status: verdict === 'unchanged' ? 'unchanged' : 'kept-newer' }, write: null });
    } else if (verdict === 'conflict') {
      const copy = conflictCopy(tagSet, (name) => current(name) !== undefined);
      planned.set(copy.annotator, copy);
      plans.push({ result: { ...result, status: 'conflict', savedAs: copy.annotator }, write: copy });
    } else {
      planned.set(annotator, tagSet);
      plans.push({ result, write: tagSet });
    }
  }
  for (const plan of plans) {
    const write = plan.write;
    if (!write) continue;
    const parsed = TagSet.safeParse(write);
    if (!parsed.success) throw new StudyError('bad-input', `${plan.result.source}: the tag set does not validate after import`, { field: 'paths' });
  }
  for (const plan of plans) if (plan.write) await store.putTeammateTagSet(plan.write);
  return plans.map((p) => p.result);
}

/** The study's tag sets with what a list needs. */
export function tagSetRows(store: StudyStore, mine: string | null) {
  return store.tagSets().map((t) => ({
    annotator: t.annotator,
    file: tagSetFile(t.annotator),
    kind: t.kind ?? 'annotator',
    mine: t.annotator === mine,
    annotations: t.annotations.length,
    links: t.links.length,
    ...(tagSetTime(t) ? { updatedAt: tagSetTime(t) } : {}),
  }));
}
