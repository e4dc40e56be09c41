import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { Compare, CompareActions } from './state/compare-store';
import type { CompareState } from './state/compare-state';

const CompareContext = createContext<Compare | null>(null);

/** Makes the link and comparison module available to every component below. */
export function CompareProvider({ compare, children }: { compare: Compare; children: ReactNode }) {
  return <CompareContext.Provider value={compare}>{children}</CompareContext.Provider>;
}

export function useCompare(): Compare {
  const compare = useContext(CompareContext);
  if (!compare) throw new Error('useCompare needs a CompareProvider above it (see renderer/main.tsx)');
  return compare;
}

/** Reads one slice of the compare state; the selector must return a value from the state or a primitive. */
export function useCompareState<T>(selector: (state: CompareState) => T): T {
  const { store } = useCompare();
  return useSyncExternalStore(store.subscribe, () => selector(store.get()));
}

export function useCompareActions(): CompareActions {
  return useCompare().actions;
}
