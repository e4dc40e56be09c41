import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';

/** File kinds the Import dialog offers (the service reads the format from the name). */
export const IMPORT_EXTENSIONS = ['txt', 'md', 'markdown', 'html', 'htm'] as const;

/** Larger files are not news articles; refusing them keeps a stray video from being read into memory. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** Which files were imported and why the others were not. */
export interface ImportReport {
  imported: string[];
  failed: { file: string; message: string }[];
}

/** The file system calls importFiles makes (fakes in tests). */
export interface ImportFs {
  size(path: string): Promise<number>;
  readText(path: string): Promise<string>;
}

const nodeFs: ImportFs = {
  size: async (path) => (await stat(path)).size,
  readText: (path) => readFile(path, 'utf8'),
};

/**
 * Imports files the user picked in the Import dialog, one at a time, through
 * the service's importArticle (the same call the page makes for dropped
 * files). One bad file does not stop the others; each failure keeps its
 * own message.
 */
export async function importFiles(
  paths: readonly string[],
  importArticle: (input: { fileName: string; content: string }) => Promise<unknown>,
  fs: ImportFs = nodeFs,
): Promise<ImportReport> {
  const report: ImportReport = { imported: [], failed: [] };
  for (const path of paths) {
    const fileName = basename(path);
    try {
      const extension = extname(fileName).slice(1).toLowerCase();
      if (!(IMPORT_EXTENSIONS as readonly string[]).includes(extension)) {
        throw new Error(`only ${IMPORT_EXTENSIONS.map((e) => `.${e}`).join(', ')} files can be imported`);
      }
      if ((await fs.size(path)) > MAX_IMPORT_BYTES) throw new Error('the file is larger than 5 MB');
      await importArticle({ fileName, content: await fs.readText(path) });
      report.imported.push(fileName);
    } catch (error) {
      report.failed.push({ file: fileName, message: error instanceof Error ? error.message : String(error) });
    }
  }
  return report;
}

/** The message box text for an import report. */
export function importSummary(report: ImportReport): { message: string; detail: string } {
  const n = report.imported.length;
  const message =
    report.failed.length === 0
      ? `Imported ${n} article${n === 1 ? '' : 's'}.`
      : `Imported ${n} of ${n + report.failed.length} files. ${report.failed.length} could not be imported.`;
  const detail = report.failed.map((f) => `${f.file}: ${f.message}`).join('\n');
  return { message, detail };
}
