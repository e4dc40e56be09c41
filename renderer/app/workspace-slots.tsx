import { createContext, useContext, type ComponentType, type ReactNode } from 'react';
import type { ActionId } from './state/keymap';

/** A sidebar section a module provides (see renderer/app/sidebar-sections.tsx). */
export interface SidebarSection {
  /** 'links', 'referents', 'coverage', or a new id. */
  id: string;
  title: string;
  render(): ReactNode;
}

/**
 * What a feature module (links and comparison, export) plugs into the
 * workspace. The workspace never imports those modules: renderer/main.tsx
 * builds each module's slots and hands them in here, so dependencies point
 * one way (features → app).
 */
export interface WorkspaceSlots {
  /** Takes a key-map action before the workspace does; true when it handled it. */
  intercept?(action: ActionId): boolean;
  /** Wraps the reading panes (a compare view covers them while open). */
  MainArea?: ComponentType<{ children: ReactNode }>;
  /** Sections under the annotation list in the right panel. */
  PanelSections?: ComponentType;
  /** Sidebar sections under the article list. */
  sidebarSections?: readonly SidebarSection[];
  /** Dialogs drawn over the workspace. */
  Overlays?: ComponentType;
  /** Asks before deleting an annotation when the module has a reason to (it is in a link); `proceed` deletes. */
  confirmDelete?(annotationId: string, proceed: () => void): void;
  /** A hook: annotation ids the module wants marked in the text (picked for a link). */
  useMarkedIds?(): readonly string[];
}

const SlotsContext = createContext<readonly WorkspaceSlots[]>([]);

/** Hands the feature modules' slots to the workspace below. The list must not change while mounted. */
export function WorkspaceSlotsProvider({ slots, children }: { slots: readonly WorkspaceSlots[]; children: ReactNode }) {
  return <SlotsContext.Provider value={slots}>{children}</SlotsContext.Provider>;
}

export function useSlots(): readonly WorkspaceSlots[] {
  return useContext(SlotsContext);
}

/** Every module's sidebar sections, in module order. */
export function slotSidebarSections(slots: readonly WorkspaceSlots[]): SidebarSection[] {
  return slots.flatMap((s) => s.sidebarSections ?? []);
}

/** Whether a module took the action. */
export function interceptBySlots(slots: readonly WorkspaceSlots[], action: ActionId): boolean {
  return slots.some((s) => s.intercept?.(action) ?? false);
}

/** Runs a delete, after the first module that asks has had its question answered. */
export function confirmDeleteBySlots(slots: readonly WorkspaceSlots[], annotationId: string, proceed: () => void): void {
  const asker = slots.find((s) => s.confirmDelete);
  if (asker?.confirmDelete) asker.confirmDelete(annotationId, proceed);
  else proceed();
}

const NO_IDS: readonly string[] = [];
const useNoIds = () => NO_IDS;

/** The ids the modules mark in the text (one module provides them today). */
export function useMarkedIds(): readonly string[] {
  const slots = useSlots();
  // The slot list is fixed for the app's lifetime, so the same hook runs on every render.
  const hook = slots.find((s) => s.useMarkedIds)?.useMarkedIds ?? useNoIds;
  return hook();
}

/** The reading panes inside every module's main area, first module outermost. */
export function SlotMainArea({ children }: { children: ReactNode }) {
  const slots = useSlots();
  return slots.reduceRight<ReactNode>((inner, s) => (s.MainArea ? <s.MainArea>{inner}</s.MainArea> : inner), children);
}

/** Every module's sections for the annotation panel. */
export function SlotPanelSections() {
  return (
    <>
      {useSlots().map((s, i) => (s.PanelSections ? <s.PanelSections key={i} /> : null))}
    </>
  );
}

/** Every module's dialogs. */
export function SlotOverlays() {
  return (
    <>
      {useSlots().map((s, i) => (s.Overlays ? <s.Overlays key={i} /> : null))}
    </>
  );
}
