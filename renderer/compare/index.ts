// What renderer/main.tsx needs to plug links and comparison into the workspace.
export { CompareProvider } from './compare-context';
export { compareSlots } from './compare-slots';
export { createCompare, type Compare } from './state/compare-store';
