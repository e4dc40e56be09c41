import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { Workspace, WorkspaceActions } from './state/actions';
import type { WorkspaceState } from './state/workspace-state';

const WorkspaceContext = createContext<Workspace | null>(null);

/** Makes the workspace (store + actions) available to every component below. */
export function WorkspaceProvider({ workspace, children }: { workspace: Workspace; children: ReactNode }) {
  return <WorkspaceContext.Provider value={workspace}>{children}</WorkspaceContext.Provider>;
}

export function useWorkspace(): Workspace {
  const workspace = useContext(WorkspaceContext);
  if (!workspace) throw new Error('useWorkspace needs a WorkspaceProvider above it');
  return workspace;
}

/**
 * Reads one slice of the workspace state and re-renders when it changes.
 * The selector must return a value from the state (or a primitive), not a new object.
 */
export function useWorkspaceState<T>(selector: (state: WorkspaceState) => T): T {
  const { store } = useWorkspace();
  return useSyncExternalStore(store.subscribe, () => selector(store.get()));
}

export function useActions(): WorkspaceActions {
  return useWorkspace().actions;
}
