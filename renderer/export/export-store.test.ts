import { describe, expect, it } from 'vitest';
import type { Api, Input } from '../../shared/api';
import { StudyError } from '../../shared/errors';
import { createExporter, type ExportedFile } from './export-store';

/** An Api whose only working call is exportStudy, answered by `answer`. */
function fakeApi(answer: (input: Input<'exportStudy'>) => Promise<ExportedFile>) {
  const calls: Input<'exportStudy'>[] = [];
  const api = new Proxy({} as Api, {
    get: (_target, name) =>
      name === 'exportStudy'
        ? (input: Input<'exportStudy'>) => {
            calls.push(input);
            return answer(input);
          }
        : () => Promise.reject(new Error(`${String(name)} is not part of this fake`)),
  });
  return { api, calls };
}

const file = (input: Input<'exportStudy'>): ExportedFile => ({ fileName: `study-2026-11-22.${input.format}`, mimeType: 'text/html', content: 'x' });

describe('exporter', () => {
  it('exports my tag set in the chosen format, saves it and says which file', async () => {
    const { api, calls } = fakeApi(async (input) => file(input));
    const saved: ExportedFile[] = [];
    const exporter = createExporter(api, (f) => saved.push(f));
    exporter.open();
    exporter.choose({ format: 'csv' });
    expect(await exporter.run('Alice')).toBe('Saved study-2026-11-22.csv');
    expect(calls).toEqual([{ format: 'csv', annotator: 'Alice' }]);
    expect(saved.map((f) => f.fileName)).toEqual(['study-2026-11-22.csv']);
    // The dialog closes itself after a save; the workspace shows the answer as a message.
    expect(exporter.store.get()).toMatchObject({ open: false, phase: 'saved', message: 'Saved study-2026-11-22.csv' });
  });

  it('adds the Excel byte-order mark to CSV only while the box is ticked', async () => {
    const { api } = fakeApi(async (input) => file(input));
    const saved: ExportedFile[] = [];
    const exporter = createExporter(api, (f) => saved.push(f));
    exporter.choose({ format: 'links-csv' });
    await exporter.run('Alice');
    exporter.choose({ excelBom: false });
    await exporter.run('Alice');
    expect(saved.map((f) => f.content)).toEqual(['\uFEFFx', 'x']);
  });

  it('exports every annotator when asked, or when nobody is annotating yet', async () => {
    const { api, calls } = fakeApi(async (input) => file(input));
    const exporter = createExporter(api, () => undefined);
    exporter.choose({ scope: 'all' });
    await exporter.run('Alice');
    exporter.choose({ scope: 'mine' });
    await exporter.run(null);
    expect(calls).toEqual([{ format: 'html' }, { format: 'html' }]);
  });

  it('shows progress while the file is prepared and ignores a second run meanwhile', async () => {
    let finish: (f: ExportedFile) => void = () => undefined;
    const { api, calls } = fakeApi((input) => new Promise((resolve) => (finish = () => resolve(file(input)))));
    const exporter = createExporter(api, () => undefined);
    exporter.open();
    const running = exporter.run('Alice');
    expect(exporter.store.get()).toMatchObject({ phase: 'preparing', message: 'Preparing report…' });
    void exporter.run('Alice');
    exporter.close();
    expect(exporter.store.get().open).toBe(true);
    finish(file({ format: 'html' }));
    await running;
    expect(calls).toHaveLength(1);
    expect(exporter.store.get()).toMatchObject({ open: false, message: 'Saved study-2026-11-22.html' });
  });

  it('shows the service’s message when the export fails, and nothing is saved', async () => {
    const { api } = fakeApi(() => Promise.reject(new StudyError('not-found', 'Carol has no tag set in this study')));
    const saved: ExportedFile[] = [];
    const exporter = createExporter(api, (f) => saved.push(f));
    exporter.open();
    expect(await exporter.run('Carol')).toBeNull();
    expect(exporter.store.get()).toMatchObject({ open: true, phase: 'failed', message: 'Carol has no tag set in this study' });
    expect(saved).toEqual([]);
    exporter.open();
    expect(exporter.store.get()).toMatchObject({ phase: 'idle', message: null });
  });
});
