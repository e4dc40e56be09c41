import type { SidebarSection } from '../../app';
import { LinksSection, ReferentsSection } from './links-section';
import { CoverageSection, SuggestedSection } from './view-sections';

/** The sidebar sections this module provides through its workspace slots. */
export const COMPARE_SIDEBAR_SECTIONS: SidebarSection[] = [
  { id: 'links', title: 'Links', render: () => <LinksSection /> },
  { id: 'referents', title: 'Referents', render: () => <ReferentsSection /> },
  { id: 'coverage', title: 'Coverage', render: () => <CoverageSection /> },
  { id: 'suggested', title: 'Suggested links', render: () => <SuggestedSection /> },
];
