import { useSyncExternalStore } from 'react';
import type { WorkspaceSlots } from '../app';
import { CompareArea } from './compare-area';
import { ComparePanelSections } from './panel/compare-panel';
import { COMPARE_SIDEBAR_SECTIONS } from './sidebar/sections';
import type { Compare } from './state/compare-store';

/** What links and comparison plug into the workspace: keys, the main area, panel and sidebar sections, the question before deleting a linked annotation, picked marks. */
export function compareSlots(compare: Compare): WorkspaceSlots {
  const picked = () => compare.store.get().picked;
  return {
    intercept: compare.intercept,
    MainArea: CompareArea,
    PanelSections: ComparePanelSections,
    sidebarSections: COMPARE_SIDEBAR_SECTIONS,
    confirmDelete: compare.actions.confirmDelete,
    useMarkedIds: () => useSyncExternalStore(compare.store.subscribe, picked),
  };
}
