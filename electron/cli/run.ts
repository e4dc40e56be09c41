import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { StudyError } from '../../shared/errors';
import { CATEGORIES } from '../../shared/model';
import { MAX_IMPORT_BYTES, importDocument } from '../import';
import { seedsDir } from '../paths';
import { StudyService } from '../service/service';
import { validatingApi } from '../service/dispatch';
import type { Api } from '../../shared/api';
import { clip, table } from './format';
import { COMPARE_COMMANDS } from './compare-commands';
import { EXPORT_COMMANDS } from './export-command';
import { TEAMMATES_COMMANDS } from './teammates-command';

/** Where the CLI writes; injected so tests can read what a command printed. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
}

type Values = Record<string, string | boolean | string[] | undefined>;

interface Command {
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** Positional arguments: minimum count and whether more are allowed. */
  positionals: { min: number; max?: number };
  run(ctx: { service: Api; args: string[]; values: Values; json: boolean; io: CliIO }): Promise<void>;
}

const str = (v: Values, key: string): string | undefined => (typeof v[key] === 'string' ? (v[key] as string) : undefined);

function emit(ctx: { json: boolean; io: CliIO }, value: unknown, human: () => string): void {
  ctx.io.out(ctx.json ? JSON.stringify(value, null, 2) : human());
}

async function open(service: Api, dir: string): Promise<void> {
  await service.openStudy({ dir });
}

function intOption(values: Values, key: string): number | undefined {
  const raw = str(values, key);
  if (raw === undefined) return undefined;
  if (!/^\d+$/.test(raw) || Number(raw) < 1) throw new StudyError('bad-input', `--${key} must be a whole number of 1 or more, got "${raw}"`, { field: key });
  return Number(raw);
}

const COMMANDS: Record<string, Command> = {
  init: {
    usage: 'init <dir> [--name N]',
    options: { name: { type: 'string' } },
    positionals: { min: 1, max: 1 },
    async run({ service, args, values, json, io }) {
      const name = str(values, 'name');
      const study = await service.createStudy({ dir: args[0]!, ...(name ? { name } : {}) });
      emit({ json, io }, study, () => `Created study "${study.name}" in ${study.dir}`);
    },
  },
  sample: {
    usage: 'sample <dir>',
    options: {},
    positionals: { min: 1, max: 1 },
    async run({ service, args, json, io }) {
      const study = await service.createSampleStudy({ dir: args[0]! });
      emit({ json, io }, study, () => `Created the sample study "${study.name}" with ${study.articleCount} articles in ${study.dir}`);
    },
  },
  import: {
    usage: 'import <dir> <file...> [--outlet N] [--title T] [--url U] [--published D]',
    options: { outlet: { type: 'string' }, title: { type: 'string' }, url: { type: 'string' }, published: { type: 'string' } },
    positionals: { min: 2 },
    async run({ service, args, values, json, io }) {
      const [dir, ...files] = args as [string, ...string[]];
      for (const key of ['title', 'url', 'published']) {
        if (str(values, key) !== undefined && files.length > 1) {
          throw new StudyError('bad-input', `--${key} describes one article, but ${files.length} files were given`, { field: key });
        }
      }
      // Read and convert every file before writing anything, so one bad file leaves the study untouched.
      const inputs = [];
      for (const file of files) {
        const content = await readImportFile(file);
        importDocument({ fileName: file, content });
        inputs.push({ fileName: path.basename(file), content });
      }
      await open(service, dir);
      const outlet = str(values, 'outlet');
      const title = str(values, 'title');
      const url = str(values, 'url');
      const published = str(values, 'published');
      const imported: Awaited<ReturnType<Api["importArticle"]>>[] = [];
      for (const input of inputs) {
        imported.push(
          await service.importArticle({
            ...input,
            ...(outlet ? { outlet } : {}),
            ...(title ? { title } : {}),
            ...(url ? { url } : {}),
            ...(published ? { publishedAt: published } : {}),
          }),
        );
      }
      emit({ json, io }, imported, () =>
        imported.map((a) => `Imported ${a.id}  ${a.outletName} · ${clip(a.title, 60)}  (${a.blocks} blocks, ${a.boilerplateBlocks} boilerplate)`).join('\n'),
      );
    },
  },
  list: {
    usage: 'list <dir>',
    options: {},
    positionals: { min: 1, max: 1 },
    async run({ service, args, json, io }) {
      await open(service, args[0]!);
      const study = await service.getStudy({});
      const articles = await service.listArticles({});
      const annotations = await service.listAnnotations({});
      const perAnnotator: Record<string, number> = {};
      for (const a of annotations) perAnnotator[a.annotator] = (perAnnotator[a.annotator] ?? 0) + 1;
      const perArticle: Record<string, number> = {};
      for (const a of annotations) perArticle[a.articleId] = (perArticle[a.articleId] ?? 0) + 1;
      const value = {
        name: study.name,
        dir: study.dir,
        articles: articles.map((a) => ({ id: a.id, outlet: a.outletName, title: a.title, chars: a.chars, blocks: a.blocks, boilerplateBlocks: a.boilerplateBlocks, annotations: perArticle[a.id] ?? 0 })),
        annotators: study.annotators.map((name) => ({ name, annotations: perAnnotator[name] ?? 0 })),
        counts: { articles: study.articleCount, annotations: study.annotationCount, links: study.linkCount },
      };
      emit({ json, io }, value, () =>
        [
          `${study.name} (${study.dir})`,
          '',
          table(
            ['id', 'outlet', 'title', 'chars', 'blocks', 'boilerplate', 'annotations'],
            value.articles.map((a) => [a.id, clip(a.outlet, 24), clip(a.title, 48), a.chars, a.blocks, a.boilerplateBlocks, a.annotations]),
          ),
          '',
          value.annotators.length ? `Annotators: ${value.annotators.map((a) => `${a.name} (${a.annotations})`).join(', ')}` : 'Annotators: none yet',
          `${value.counts.articles} articles, ${value.counts.annotations} annotations, ${value.counts.links} links`,
        ].join('\n'),
      );
    },
  },
  show: {
    usage: 'show <dir> <articleId>',
    options: {},
    positionals: { min: 2, max: 2 },
    async run({ service, args, json, io }) {
      await open(service, args[0]!);
      const article = await service.getArticle({ articleId: args[1]! });
      const { doc: _doc, text, ...meta } = article;
      const blocks = article.blocks.map((b) => ({ ...b, text: text.slice(b.start, b.end) }));
      emit({ json, io }, { ...meta, chars: text.length, blocks }, () =>
        [
          `${article.outletName} · ${article.title}`,
          [article.url, article.publishedAt && `published ${article.publishedAt}`, `imported ${article.importedAt}`].filter(Boolean).join(' · '),
          '',
          table(
            ['#', 'start', 'end', 'type', 'boilerplate', 'text'],
            blocks.map((b) => [b.index, b.start, b.end, b.container ? `${b.type} (${b.container})` : b.type, b.boilerplate ?? '', clip(b.text, 60)]),
          ),
        ].join('\n'),
      );
    },
  },
  annotate: {
    usage: 'annotate <dir> --article ID --quote TEXT [--occurrence N] --category C [--label L] [--note T] --annotator NAME',
    options: {
      article: { type: 'string' },
      quote: { type: 'string' },
      occurrence: { type: 'string' },
      category: { type: 'string' },
      label: { type: 'string' },
      note: { type: 'string' },
      annotator: { type: 'string' },
    },
    positionals: { min: 1, max: 1 },
    async run({ service, args, values, json, io }) {
      for (const key of ['article', 'quote', 'category', 'annotator']) {
        if (str(values, key) === undefined) throw new StudyError('bad-input', `--${key} is required`, { field: key });
      }
      const category = str(values, 'category')!;
      if (!(CATEGORIES as readonly string[]).includes(category)) {
        throw new StudyError('bad-input', `--category must be one of ${CATEGORIES.join(', ')}; got "${category}"`, { field: 'category' });
      }
      const occurrence = intOption(values, 'occurrence');
      const label = str(values, 'label');
      const note = str(values, 'note');
      await open(service, args[0]!);
      const annotation = await service.annotate({
        articleId: str(values, 'article')!,
        quote: str(values, 'quote')!,
        category: category as (typeof CATEGORIES)[number],
        annotator: str(values, 'annotator')!,
        ...(occurrence ? { occurrence } : {}),
        ...(label ? { label } : {}),
        ...(note ? { note } : {}),
      });
      emit({ json, io }, { ...annotation, start: annotation.position.start, end: annotation.position.end }, () =>
        `${annotation.id}  ${annotation.category}${annotation.label ? `/${annotation.label}` : ''}  [${annotation.position.start}, ${annotation.position.end})  "${clip(annotation.quote.exact, 70)}"  by ${annotation.annotator}`,
      );
    },
  },
  annotations: {
    usage: 'annotations <dir> [--article ID] [--annotator NAME]',
    options: { article: { type: 'string' }, annotator: { type: 'string' } },
    positionals: { min: 1, max: 1 },
    async run({ service, args, values, json, io }) {
      await open(service, args[0]!);
      const articleId = str(values, 'article');
      const annotator = str(values, 'annotator');
      const list = await service.listAnnotations({ ...(articleId ? { articleId } : {}), ...(annotator ? { annotator } : {}) });
      emit({ json, io }, list, () =>
        list.length === 0
          ? 'No annotations match.'
          : table(
              ['id', 'article', 'category', 'label', 'start', 'end', 'annotator', 'quote'],
              list.map((a) => [a.id, a.articleId, a.category, a.label ?? '', a.position.start, a.position.end, a.annotator, clip(a.quote.exact, 50)]),
            ),
      );
    },
  },
  restore: {
    usage: 'restore <dir> <file>',
    options: {},
    positionals: { min: 2, max: 2 },
    async run({ service, args, json, io }) {
      try {
        await service.openStudy({ dir: args[0]! });
      } catch (error) {
        if (!(error instanceof StudyError && error.code === 'corrupt-file')) throw error;
      }
      const study = await service.restoreBackup({ file: args[1]! });
      emit({ json, io }, study, () => `Restored the last good version of ${args[1]}; the damaged file was kept beside it.`);
    },
  },
};

export type { Command };

async function readImportFile(file: string): Promise<string> {
  let size: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new StudyError('bad-input', `${file} is not a file`, { field: 'file' });
    size = info.size;
  } catch (error) {
    if (error instanceof StudyError) throw error;
    throw new StudyError('bad-input', `${file}: no such file`, { field: 'file' });
  }
  if (size > MAX_IMPORT_BYTES) {
    throw new StudyError('bad-input', `${file} is ${(size / 1024 / 1024).toFixed(1)} MB; the import limit is ${MAX_IMPORT_BYTES / 1024 / 1024} MB`, { field: 'file' });
  }
  return readFile(file, 'utf8');
}

Object.assign(COMMANDS, COMPARE_COMMANDS, EXPORT_COMMANDS, TEAMMATES_COMMANDS);

function usage(): string {
  return ['Usage: npm run cli -- <command> [options] [--json]', '', ...Object.values(COMMANDS).map((c) => `  ${c.usage}`)].join('\n');
}

/** Runs one CLI command; returns the exit code (0 ok, 2 bad input or a damaged study, 1 unexpected). */
export async function runCli(argv: string[], io: CliIO, service = new StudyService({ seedsDir: seedsDir() })): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    io.out(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`error: unknown command "${name}". Run \`npm run cli -- help\` for the list.`);
    return 2;
  }
  try {
    let parsed;
    try {
      parsed = parseArgs({ args: rest, options: { ...command.options, json: { type: 'boolean' } }, allowPositionals: true, strict: true });
    } catch (error) {
      throw new StudyError('bad-input', `${(error as Error).message.split('\n')[0]} (usage: ${command.usage})`);
    }
    const { positionals, values } = parsed;
    if (positionals.length < command.positionals.min || (command.positionals.max !== undefined && positionals.length > command.positionals.max)) {
      throw new StudyError('bad-input', `wrong number of arguments (usage: ${command.usage})`);
    }
    await command.run({ service: validatingApi(service), args: positionals, values: values as Values, json: values.json === true, io });
    return 0;
  } catch (error) {
    if (error instanceof StudyError) {
      const hint = error.code === 'corrupt-file' && error.details.backup && error.details.file
        ? ` A last good backup exists: npm run cli -- restore <dir> ${error.details.file}`
        : '';
      io.err(`error: ${error.message}${hint}`);
      return error.code === 'io' ? 1 : 2;
    }
    io.err(`error: unexpected failure: ${(error as Error).message}`);
    return 1;
  } finally {
    await service.close();
  }
}
