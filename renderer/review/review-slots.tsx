import type { WorkspaceSlots } from '../app';
import { ReviewArea } from './review-area';
import { REVIEW_SIDEBAR_SECTIONS } from './review-sidebar';
import type { Review } from './state/review-store';
import { TeammatesLegend } from './teammates-legend';

/** What the review plugs into the workspace: its keys, the main area beside the panes, the sidebar section, the annotators legend. */
export function reviewSlots(review: Review): WorkspaceSlots {
  return {
    intercept: review.intercept,
    MainArea: ReviewArea,
    PanelSections: TeammatesLegend,
    sidebarSections: REVIEW_SIDEBAR_SECTIONS,
  };
}
