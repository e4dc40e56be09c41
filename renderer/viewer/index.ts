export {
  applyHighlightMeta,
  highlightClass,
  highlightDecorations,
  highlightKey,
  highlightPlugin,
  highlightState,
  initialHighlightState,
  type Highlight,
  type HighlightEntry,
  type HighlightMarks,
  type HighlightMeta,
  type HighlightSpec,
  type HighlightState,
  type InitialMarks,
} from './highlights';
export {
  ArticleViewer,
  type TextSelectionInfo,
  type ViewerCallbacks,
  type ViewerRect,
} from './viewer';
export { rangeSegments, type Segment } from './segments';
export { LANE_COUNT, assignLanes, lowestFreeLane } from './lanes';
export { PersistentMap } from './persistent-map';
