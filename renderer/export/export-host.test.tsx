// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MenuCommand } from '../../shared/menu';
import { createWorkspace, WorkspaceProvider } from '../app';
import { FakeApi, asApi, memoryStorage } from '../testing/fake-api';
import { ExportProvider } from './export-context';
import { ExportHost } from './export-host';
import { createExporter } from './export-store';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLElement;
let root: Root;
let listeners: ((command: MenuCommand) => void)[];

beforeEach(() => {
  listeners = [];
  const bridge = {
    onMenu(listener: (command: MenuCommand) => void) {
      listeners.push(listener);
      return () => {
        listeners = listeners.filter((l) => l !== listener);
      };
    },
  };
  Object.assign(window, { studio: bridge });
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
  delete (window as { studio?: unknown }).studio;
});

function mount() {
  const api = asApi(new FakeApi());
  const exporter = createExporter(api, () => undefined);
  act(() =>
    root.render(
      <WorkspaceProvider workspace={createWorkspace(api, memoryStorage())}>
        <ExportProvider exporter={exporter}>
          <ExportHost />
        </ExportProvider>
      </WorkspaceProvider>,
    ),
  );
  return exporter;
}

const dialogTitle = () => container.querySelector('dialog h2')?.textContent ?? null;

describe('ExportHost', () => {
  it('opens the Export dialog on the File menu’s "export" command and on nothing else', () => {
    mount();
    expect(dialogTitle()).toBeNull();
    expect(listeners).toHaveLength(1);
    act(() => listeners[0]!('undo'));
    expect(dialogTitle()).toBeNull();
    act(() => listeners[0]!('export'));
    expect(dialogTitle()).toBe('Export');
    const formats = [...container.querySelectorAll('input[name="export-format"]')].map((i) => i.closest('label')!.querySelector('.export-choice-name')!.textContent);
    expect(formats).toEqual([
      'Report (HTML)',
      'Report (Markdown)',
      'Annotations (CSV)',
      'Links (CSV)',
      'Data (JSON)',
      'Web Annotation (JSON-LD)',
      'REFI-QDA project (.qdpx)',
      'Agreement (CSV)',
    ]);
    // The Excel option belongs to spreadsheets only.
    expect(container.querySelector('.export-option')).toBeNull();
    act(() => container.querySelector<HTMLInputElement>('input[name="export-format"][value="links-csv"]')!.click());
    expect(container.querySelector('.export-option input')).not.toBeNull();
    // Nobody is annotating yet: "my tag set" cannot be chosen, everyone is exported.
    const mine = container.querySelector<HTMLInputElement>('input[name="export-scope"][value="mine"]')!;
    expect(mine.disabled).toBe(true);
    expect(container.querySelector<HTMLInputElement>('input[name="export-scope"][value="all"]')!.checked).toBe(true);
  });

  it('stops listening to the menu when it unmounts', () => {
    mount();
    expect(listeners).toHaveLength(1);
    act(() => root.render(<></>));
    expect(listeners).toHaveLength(0);
  });

  it('keeps workspace keys from reaching the page while the dialog is open', () => {
    const exporter = mount();
    const seen: string[] = [];
    const onKey = (e: KeyboardEvent) => seen.push(e.key);
    window.addEventListener('keydown', onKey);
    try {
      act(() => exporter.open());
      container.querySelector('input')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Delete', bubbles: true }));
      act(() => exporter.close());
      container.dispatchEvent(new KeyboardEvent('keydown', { key: '1', bubbles: true }));
      expect(seen).toEqual(['1']);
    } finally {
      window.removeEventListener('keydown', onKey);
    }
  });
});
