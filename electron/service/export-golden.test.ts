import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, type ExportFormat } from '../../shared/export/types';
import type { StudyService } from './service';
import { goldenStudy } from './testing/golden-study';

/**
 * Golden files: every export format of the sample study with a dozen
 * annotations and three links (testing/golden-study.ts, fixed ids and
 * times), compared byte for byte with shared/export/golden/. After an
 * intended change, regenerate them with
 * `UPDATE_GOLDEN=1 npx vitest run electron/service/export-golden.test.ts`
 * and read the diff.
 */

const GOLDEN_DIR = new URL('../../shared/export/golden/', import.meta.url);
const FILES: Record<ExportFormat, string> = {
  csv: 'sample.csv',
  'links-csv': 'sample-links.csv',
  json: 'sample.json',
  html: 'sample.html',
  md: 'sample.md',
  w3c: 'sample.jsonld',
  qdpx: 'sample.qdpx',
};

let service: StudyService;
let tmp: string;

beforeAll(async () => {
  ({ service, tmp } = await goldenStudy());
});

afterAll(async () => {
  await service.close();
  await rm(tmp, { recursive: true, force: true });
});

/** The study folder is a temp path; the JSON bundle does not carry it, but make sure no format leaks it. */
function bytesOf(file: { content: string; encoding?: 'utf-8' | 'base64' }): Buffer {
  return file.encoding === 'base64' ? Buffer.from(file.content, 'base64') : Buffer.from(file.content, 'utf8');
}

describe('golden exports of the sample study', () => {
  it.each(EXPORT_FORMATS.map((f) => [f]))('%s matches its golden file', async (format) => {
    const file = await service.exportStudy({ format });
    expect(file.encoding).toBe(format === 'qdpx' ? 'base64' : 'utf-8');
    expect(file.fileName).toMatch(format === 'links-csv' ? /-links\.csv$/ : format === 'w3c' ? /\.jsonld$/ : new RegExp(`\\.${format}$`));
    const bytes = bytesOf(file);
    expect(bytes.toString('latin1')).not.toContain(tmp);
    const golden = new URL(FILES[format], GOLDEN_DIR);
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(golden)) writeFileSync(golden, bytes);
    if (format === 'qdpx') {
      // Compare the archive's parts as text first, so a failure shows a readable diff.
      const [got, want] = [unzipSync(bytes), unzipSync(readFileSync(golden))];
      expect(Object.keys(got)).toEqual(Object.keys(want));
      for (const name of Object.keys(want)) expect(Buffer.from(got[name]!).toString('utf8'), name).toBe(Buffer.from(want[name]!).toString('utf8'));
    }
    expect(bytes.equals(readFileSync(golden)), `${FILES[format]} differs from its golden file`).toBe(true);
  });

  it('has a dozen annotations by two annotators and three links', async () => {
    const study = await service.getStudy();
    expect([study.annotationCount, study.linkCount, study.annotators]).toEqual([12, 3, ['Alice', 'Bob']]);
  });
});
