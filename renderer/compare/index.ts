export { CompareProvider, useCompare, useCompareActions, useCompareState } from './compare-context';
export { compareSlots } from './compare-slots';
export { createCompare, type Compare } from './state/compare-store';
