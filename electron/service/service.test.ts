import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StudyError } from '../../shared/errors';
import { seedsDir } from '../repo-paths';
import { StudyService } from './service';

let dir: string;
let service: StudyService;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'service-'));
  service = new StudyService({ seedsDir: seedsDir() });
});

afterEach(async () => {
  await service.close();
  await rm(dir, { recursive: true, force: true });
});

async function sample() {
  const study = await service.createSampleStudy({ dir: path.join(dir, 'Sample.study') });
  await service.setAnnotator({ name: 'Alice' });
  const articles = await service.listArticles();
  return { study, articles };
}

async function expectError(promise: Promise<unknown>, code: string, message: RegExp): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StudyError);
  expect((error as StudyError).code).toBe(code);
  expect((error as StudyError).message).toMatch(message);
}

describe('sample study', () => {
  it('holds the five seeds with the outlets from SOURCES.md', async () => {
    const { study, articles } = await sample();
    expect(study.articleCount).toBe(5);
    expect(articles.map((a) => a.outletName)).toEqual(['Okaz', 'Parapolitika', 'Pakistan News Network', 'The Dupree Report', 'The Levant Files']);
    const dupree = articles.find((a) => a.outletName === 'The Dupree Report')!;
    expect(dupree.publishedAt).toBe('2025-12');
    expect(dupree.boilerplateBlocks).toBeGreaterThanOrEqual(5);
    expect(study.outlets.find((o) => o.name === 'Okaz')?.description).toBe('Saudi daily, English edition');
  });

  it('keeps each seed sentence verbatim in the article text', async () => {
    const { articles } = await sample();
    const okaz = await service.getArticle({ articleId: articles[0]!.id });
    expect(okaz.text).toContain('more than 100 fighters remain trapped in underground tunnels');
    expect(okaz.blocks.every((b) => okaz.text.slice(b.start, b.end).trim().length > 0)).toBe(true);
  });
});

describe('annotate', () => {
  it('stores a span whose text slice equals the quote, and writes it to the annotator file', async () => {
    const { articles } = await sample();
    const articleId = articles[4]!.id;
    const a = await service.annotate({ articleId, quote: 'Biden administration', category: 'claim', label: 'Factual' });
    const article = await service.getArticle({ articleId });
    expect(article.text.slice(a.position.start, a.position.end)).toBe('Biden administration');
    expect(a.label).toBe('factual');
    expect(a.annotator).toBe('Alice');
    await service.close();
    const files = await readdir(path.join(dir, 'Sample.study', 'tagsets'));
    expect(files).toHaveLength(1);
    const saved = JSON.parse(await readFile(path.join(dir, 'Sample.study', 'tagsets', files[0]!), 'utf8'));
    expect(saved.annotations[0].quote.exact).toBe('Biden administration');
  });

  it('matches quotes with curly quotes and odd spacing but reports original offsets', async () => {
    const { articles } = await sample();
    const articleId = articles[1]!.id;
    const a = await service.annotate({ articleId, quote: "Prime Minister's   spokesperson", category: 'attribution' });
    expect(a.quote.exact).toBe('Prime Minister’s spokesperson');
  });

  it('refuses bad spans, unknown quotes, labels and articles without writing', async () => {
    const { articles } = await sample();
    const articleId = articles[0]!.id;
    await expectError(service.annotate({ articleId, quote: 'not in this article at all', category: 'claim' }), 'bad-input', /Quote not found/);
    await expectError(service.annotate({ articleId, start: 10, end: 10 + 1e6, category: 'claim' }), 'bad-input', /past the end/);
    await expectError(service.annotate({ articleId, start: 0, end: 0 + 0, category: 'claim' } as never), 'bad-input', /empty or only whitespace/);
    await expectError(service.annotate({ articleId, quote: 'Israeli', category: 'claim', label: 'nonsense' }), 'bad-input', /Unknown claim label/);
    await expectError(service.annotate({ articleId: 'art-nope', quote: 'x', category: 'claim' }), 'not-found', /Unknown article/);
    await expectError(service.annotate({ articleId, quote: 'Israeli', occurrence: 99, category: 'claim' }), 'bad-input', /occurrence 99/);
    expect(await service.listAnnotations({})).toHaveLength(0);
  });

  it('trims whitespace around a selection and refuses whitespace-only spans', async () => {
    const { articles } = await sample();
    const articleId = articles[0]!.id;
    const text = (await service.getArticle({ articleId })).text;
    const phrase = 'Washington and Tel Aviv';
    const at = text.indexOf(phrase);
    const a = await service.annotate({ articleId, start: at - 1, end: at + phrase.length + 1, category: 'framing' });
    expect(a.quote.exact).toBe(phrase);
    const gap = text.indexOf('\n\n');
    await expectError(service.annotate({ articleId, start: gap, end: gap + 2, category: 'claim' }), 'bad-input', /whitespace/);
  });
});

describe('links and deletes', () => {
  it('links annotations across articles and updates the link when a member is deleted', async () => {
    const { articles } = await sample();
    const a = await service.annotate({ articleId: articles[0]!.id, quote: 'more than 100 fighters', category: 'claim' });
    const b = await service.annotate({ articleId: articles[1]!.id, quote: 'approximately 200 fighters', category: 'claim' });
    const c = await service.annotate({ articleId: articles[4]!.id, quote: 'dozens of militants', category: 'claim' });
    const link = await service.link({ annotationIds: [a.id, b.id, c.id], kind: 'contradicts' });
    expect(link.members).toEqual([a.id, b.id, c.id]);
    const first = await service.deleteAnnotation({ id: c.id });
    expect(first.updatedLinks[0]!.members).toEqual([a.id, b.id]);
    expect(first.linksBefore[0]!.members).toEqual([a.id, b.id, c.id]);
    const second = await service.deleteAnnotation({ id: b.id });
    expect(second.removedLinks.map((l) => l.id)).toEqual([link.id]);
    expect(await service.listLinks({})).toHaveLength(0);
    await service.restoreAnnotations({ annotations: [second.annotation, first.annotation], links: first.linksBefore });
    expect((await service.listLinks({}))[0]!.members).toEqual([a.id, b.id, c.id]);
  });

  it('refuses links within one article, with unknown ids or a single member', async () => {
    const { articles } = await sample();
    const a = await service.annotate({ articleId: articles[0]!.id, quote: 'Tel Aviv', category: 'framing' });
    const b = await service.annotate({ articleId: articles[0]!.id, quote: 'Washington', category: 'framing' });
    await expectError(service.link({ annotationIds: [a.id, b.id] }), 'bad-input', /at least two articles/);
    await expectError(service.link({ annotationIds: [a.id, 'an-missing'] }), 'not-found', /Unknown annotation id an-missing/);
    await expectError(service.link({ annotationIds: [a.id, a.id] }), 'bad-input', /listed twice/);
    expect(await service.listLinks({})).toHaveLength(0);
  });
});

describe('import', () => {
  it('refuses the same article twice', async () => {
    await sample();
    const content = await readFile(path.join(seedsDir(), '000_fde916106131c18b.txt'), 'utf8');
    await expectError(service.importArticle({ fileName: 'again.txt', content, outlet: 'Okaz' }), 'conflict', /already in this study/);
  });

  it('imports HTML with metadata from the page and no script text', async () => {
    await service.createStudy({ dir: path.join(dir, 'Html.study') });
    const html = `<!doctype html><html lang="en"><head><title>Talks stall | Daily Example</title>
      <meta property="og:site_name" content="Daily Example"><meta property="og:title" content="Talks stall">
      <link rel="canonical" href="https://example.org/talks"><script>alert(1)</script></head>
      <body><article><h1>Talks stall</h1><p>Negotiators met in Cairo on Sunday and failed to agree on the second phase of the ceasefire.</p>
      <p onclick="evil()">The talks will resume next week, officials said, according to two diplomats familiar with them.</p>
      <script>document.write('x')</script></article></body></html>`;
    const summary = await service.importArticle({ fileName: 'talks.html', content: html });
    expect(summary.outletName).toBe('Daily Example');
    const article = await service.getArticle({ articleId: summary.id });
    expect(article.url).toBe('https://example.org/talks');
    expect(article.text).toContain('Negotiators met in Cairo');
    expect(article.text).not.toMatch(/alert|document\.write|evil/);
  });
});

describe('damaged files', () => {
  it('names the file and path, leaves it untouched and restores the backup', async () => {
    const { articles } = await sample();
    await service.annotate({ articleId: articles[0]!.id, quote: 'Tel Aviv', category: 'framing' });
    await service.annotate({ articleId: articles[0]!.id, quote: 'Washington', category: 'framing' });
    await service.close();
    const studyDir = path.join(dir, 'Sample.study');
    const [file] = await readdir(path.join(studyDir, 'tagsets'));
    const full = path.join(studyDir, 'tagsets', file!);
    const { writeFile } = await import('node:fs/promises');
    const damaged = (await readFile(full, 'utf8')).replace('"end": ', '"end": -');
    await writeFile(full, damaged);
    const error = await service.openStudy({ dir: studyDir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StudyError);
    expect((error as StudyError).code).toBe('corrupt-file');
    expect((error as StudyError).message).toContain(`tagsets/${file}`);
    expect((error as StudyError).message).toMatch(/annotations\[\d\]\.position\.end/);
    expect((error as StudyError).details.backup).toBe(true);
    expect(await readFile(full, 'utf8')).toBe(damaged);
    const restored = await service.restoreBackup({ file: `tagsets/${file}` });
    expect(restored.annotationCount).toBe(1);
  });

  it('refuses a study written by a newer app version, naming the file and leaving it untouched', async () => {
    await sample();
    await service.close();
    const file = path.join(dir, 'Sample.study', 'project.json');
    const { writeFile } = await import('node:fs/promises');
    const newer = (await readFile(file, 'utf8')).replace('"schemaVersion": 1', '"schemaVersion": 2');
    await writeFile(file, newer);
    await expectError(service.openStudy({ dir: path.join(dir, 'Sample.study') }), 'corrupt-file', /project\.json: schemaVersion: written by a newer version of the app/);
    expect(await readFile(file, 'utf8')).toBe(newer);
  });
});
