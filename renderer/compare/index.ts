export { CompareArea } from './compare-area';
export { CompareProvider, useCompare, useCompareActions, useCompareState } from './compare-context';
export { ComparePanelSections } from './panel/compare-panel';
export { COMPARE_SIDEBAR_SECTIONS } from './sidebar/sections';
export { createCompare, type Compare } from './state/compare-store';
