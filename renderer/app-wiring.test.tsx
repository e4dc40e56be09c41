// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ANNOTATOR_KEY, App, createWorkspace, WorkspaceProvider, WorkspaceSlotsProvider } from './app';
import { CompareProvider, compareSlots, createCompare } from './compare';
import { FakeApi, OKAZ, PARA, RAFAH, asApi, memoryStorage } from './testing/fake-api';
import { createExporter, exportSlots, ExportProvider } from './export';

/**
 * The page as renderer/main.tsx puts it together: the workspace knows links
 * and export only through their slots, so this checks the slots reach it.
 */

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLElement;
let root: Root;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

async function mount() {
  const fake = new FakeApi({ articles: RAFAH, annotator: 'Ana' });
  fake.seed(OKAZ, 'More than 100 fighters');
  fake.seed(PARA, 'approximately 200 fighters');
  const api = asApi(fake);
  // The study fake's articles have no paragraphs; the viewer needs one to show the text.
  const getArticle = api.getArticle;
  api.getArticle = async (input) => {
    const view = await getArticle(input);
    return { ...view, doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: view.text }] }] } };
  };
  const workspace = createWorkspace(api, memoryStorage({ [ANNOTATOR_KEY]: 'Ana' }));
  const compare = createCompare(workspace, api);
  const exporter = createExporter(api, () => undefined);
  act(() =>
    root.render(
      <WorkspaceProvider workspace={workspace}>
        <CompareProvider compare={compare}>
          <ExportProvider exporter={exporter}>
            <WorkspaceSlotsProvider slots={[exportSlots(exporter), compareSlots(compare)]}>
              <App />
            </WorkspaceSlotsProvider>
          </ExportProvider>
        </CompareProvider>
      </WorkspaceProvider>,
    ),
  );
  await settle();
  await settle();
  return { fake, workspace, compare, exporter };
}

describe('the workspace with links and export plugged in', () => {
  it('shows the modules’ sidebar sections instead of placeholders', async () => {
    await mount();
    const headings = [...container.querySelectorAll('.sidebar-section h2')].map((h) => h.textContent);
    expect(headings).toEqual(expect.arrayContaining(['Links', 'Referents', 'Coverage', 'Suggested links']));
    expect(container.querySelectorAll('.sidebar-section.placeholder')).toHaveLength(0);
  });

  it('opens the export dialog from the header button through the export slot', async () => {
    const { exporter } = await mount();
    const button = container.querySelector<HTMLButtonElement>('button[aria-label="Export…"]')!;
    act(() => button.click());
    expect(exporter.store.get().open).toBe(true);
  });

  it('undoes link work with Ctrl+Z and redoes it with Ctrl+Shift+Z, the workspace’s keys', async () => {
    const { fake, workspace, compare } = await mount();
    const [okaz, para] = fake.annotations;
    await act(() => workspace.actions.ensureArticle(PARA));
    act(() => compare.store.set({ picked: [okaz!.id, para!.id] }));
    await act(async () => void (await compare.actions.createLink({ label: 'Fighters in Rafah', kind: 'same-claim', note: '' })));
    expect(fake.links).toHaveLength(1);
    const press = (shift: boolean) => act(() => void window.dispatchEvent(new KeyboardEvent('keydown', { key: shift ? 'Z' : 'z', ctrlKey: true, shiftKey: shift, bubbles: true })));
    press(false);
    await settle();
    expect(fake.links).toEqual([]);
    expect(workspace.store.get().notice?.message).toBe('Undid linking “Fighters in Rafah”');
    press(true);
    await settle();
    expect(fake.links.map((l) => l.label)).toEqual(['Fighters in Rafah']);
  });
});
