import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { Input } from '../../shared/api';
import { StudyError, describeZodError } from '../../shared/errors';

/** seeds/seeds.json: which seed files make up the sample study, with their outlets. */
export const SeedManifest = z.object({
  schemaVersion: z.literal(1),
  study: z.string().min(1),
  source: z.string().optional(),
  articles: z
    .array(
      z.object({
        file: z.string().regex(/^[A-Za-z0-9_.-]+$/, 'must be a plain file name'),
        outlet: z.string().min(1),
        outletDescription: z.string().optional(),
        url: z.string().optional(),
        publishedAt: z.string().optional(),
      }),
    )
    .min(1),
});
export type SeedManifest = z.infer<typeof SeedManifest>;

/** Reads and validates seeds.json from the seeds folder. */
export async function loadSeedManifest(seedsDir: string): Promise<SeedManifest> {
  const file = path.join(seedsDir, 'seeds.json');
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch {
    throw new StudyError('not-found', `The sample articles are missing: ${file} not found`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new StudyError('corrupt-file', `${file}: not valid JSON (${(error as Error).message})`, { file });
  }
  const parsed = SeedManifest.safeParse(json);
  if (!parsed.success) {
    const { path: at, message } = describeZodError(parsed.error);
    throw new StudyError('corrupt-file', `${file}: ${at}: ${message}`, { file, path: at });
  }
  return parsed.data;
}

/** The bytes of one seed article as text. */
export async function readSeed(seedsDir: string, file: string): Promise<string> {
  return readFile(path.join(seedsDir, file), 'utf8');
}

/**
 * Imports the manifest's seed articles one by one through `importArticle`
 * (the service's own call), then gives each outlet its description.
 */
export async function importSeeds(
  seedsDir: string,
  manifest: SeedManifest,
  importArticle: (input: Input<'importArticle'>) => Promise<unknown>,
  describeOutlet: (outlet: string, description: string) => Promise<unknown>,
): Promise<void> {
  for (const entry of manifest.articles) {
    const content = await readSeed(seedsDir, entry.file);
    await importArticle({
      fileName: entry.file,
      content,
      format: 'text',
      outlet: entry.outlet,
      ...(entry.url ? { url: entry.url } : {}),
      ...(entry.publishedAt ? { publishedAt: entry.publishedAt } : {}),
    });
    if (entry.outletDescription) await describeOutlet(entry.outlet, entry.outletDescription);
  }
}
