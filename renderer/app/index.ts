// The workspace's public face: feature modules (renderer/compare, renderer/export, renderer/review) and renderer/main.tsx import from here only.
export { App } from './app';
export { CATEGORY_INFO } from './categories';
export { CategoryChip } from './category-chip';
export { Modal } from './modal';
export { createWorkspace, type Workspace, type WorkspaceActions } from './state/actions';
export type { ActionId } from './state/keymap';
export { errorNotice, infoNotice } from './state/notices';
export { ANNOTATOR_KEY } from './state/workspace-study-actions';
export { tagSetChange, type TagSetChange } from './state/tag-set-change';
export type { UndoEntry, UndoKind } from './state/undo-entries';
export { findAnnotation, inReadingOrder, labelName, outletOf } from './state/workspace-selectors';
export { initialState, type WorkspaceState } from './state/workspace-state';
export { Store } from './state/workspace-store';
export { clip, truncate } from '../../shared/text/clip';
export { useActions, useWorkspace, useWorkspaceState, WorkspaceProvider } from './workspace-context';
export { WorkspaceSlotsProvider, type SidebarSection, type WorkspaceSlots } from './workspace-slots';
export { saveFile } from './save-file';
