// @vitest-environment happy-dom
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SidebarSections } from './sidebar-sections';
import type { ActionId } from './state/keymap';
import { confirmDeleteBySlots, interceptBySlots, SlotMainArea, SlotOverlays, useMarkedIds, WorkspaceSlotsProvider, type WorkspaceSlots } from './workspace-slots';

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

function render(slots: readonly WorkspaceSlots[], children: ReactNode): void {
  act(() => root.render(<WorkspaceSlotsProvider slots={slots}>{children}</WorkspaceSlotsProvider>));
}

describe('workspace slots', () => {
  it('shows a module’s sidebar section in place of its placeholder, and placeholders for the rest', () => {
    render([{ sidebarSections: [{ id: 'links', title: 'Links', render: () => <p>two links</p> }] }], <SidebarSections />);
    const headings = [...container.querySelectorAll('h2')].map((h) => h.textContent);
    expect(headings).toEqual(['Links', 'Referents', 'Coverage']);
    expect(container.textContent).toContain('two links');
    expect(container.querySelectorAll('.placeholder')).toHaveLength(2);
  });

  it('wraps the panes in every module’s main area, first module outermost, and draws their dialogs', () => {
    const Outer = ({ children }: { children: ReactNode }) => <div className="outer">{children}</div>;
    const Inner = ({ children }: { children: ReactNode }) => <div className="inner">{children}</div>;
    render(
      [{ MainArea: Outer }, { Overlays: () => <dialog open>Export</dialog> }, { MainArea: Inner }],
      <>
        <SlotMainArea>
          <main>panes</main>
        </SlotMainArea>
        <SlotOverlays />
      </>,
    );
    expect(container.querySelector('.outer > .inner > main')?.textContent).toBe('panes');
    expect(container.querySelector('dialog')?.textContent).toBe('Export');
  });

  it('gives a key to the first module that takes it, else to nobody', () => {
    const seen: string[] = [];
    const slots: WorkspaceSlots[] = [
      { intercept: (a: ActionId) => (seen.push(`export:${a}`), a === 'export') },
      { intercept: (a: ActionId) => (seen.push(`links:${a}`), a === 'link-selected') },
    ];
    expect(interceptBySlots(slots, 'export')).toBe(true);
    expect(interceptBySlots(slots, 'link-selected')).toBe(true);
    expect(interceptBySlots(slots, 'undo')).toBe(false);
    expect(seen).toEqual(['export:export', 'export:link-selected', 'links:link-selected', 'export:undo', 'links:undo']);
  });

  it('deletes at once when no module asks first, and only after the answer when one does', () => {
    let deleted = 0;
    confirmDeleteBySlots([], 'an1', () => deleted++);
    expect(deleted).toBe(1);
    let asked: (() => void) | null = null;
    confirmDeleteBySlots([{ confirmDelete: (_id, proceed) => (asked = proceed) }], 'an1', () => deleted++);
    expect(deleted).toBe(1);
    asked!();
    expect(deleted).toBe(2);
  });

  it('marks the ids a module picks, and none without one', () => {
    function Marks() {
      return <p>{useMarkedIds().join(',') || 'none'}</p>;
    }
    render([], <Marks />);
    expect(container.textContent).toBe('none');
    render([{ useMarkedIds: () => ['an1', 'an2'] }], <Marks />);
    expect(container.textContent).toBe('an1,an2');
  });
});
