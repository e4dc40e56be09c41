import type { ReactNode } from 'react';
import { COMPARE_SIDEBAR_SECTIONS } from '../compare/sidebar/sections';

/**
 * The slot for sidebar sections below the article list (links, referents,
 * coverage). Another module fills these: add an entry to SIDEBAR_SECTIONS
 * with one of the ids below and its placeholder disappears. A section's
 * component reads the workspace with useWorkspaceState/useActions
 * (renderer/app/workspace-context.tsx).
 */
export interface SidebarSection {
  /** 'links', 'referents', 'coverage', or a new id. */
  id: string;
  title: string;
  render(): ReactNode;
}

/** Sections shown under the articles, in this order. */
export const SIDEBAR_SECTIONS: SidebarSection[] = [...COMPARE_SIDEBAR_SECTIONS];

/** Sections the sidebar shows as placeholders until a module provides them. */
export const PLANNED_SECTIONS: readonly { id: string; title: string; hint: string }[] = [
  { id: 'links', title: 'Links', hint: 'Spans linked across outlets appear here.' },
  { id: 'referents', title: 'Referents', hint: 'People and bodies named across outlets appear here.' },
  { id: 'coverage', title: 'Coverage', hint: 'What each outlet covers or omits appears here.' },
];

/** The sidebar sections below the article list: the provided ones, then placeholders for the rest. */
export function SidebarSections() {
  const provided = new Set(SIDEBAR_SECTIONS.map((s) => s.id));
  return (
    <>
      {SIDEBAR_SECTIONS.map((section) => (
        <section key={section.id} className="sidebar-section" aria-labelledby={`sidebar-${section.id}`}>
          <h2 id={`sidebar-${section.id}`} className="sidebar-heading">
            {section.title}
          </h2>
          {section.render()}
        </section>
      ))}
      {PLANNED_SECTIONS.filter((s) => !provided.has(s.id)).map((section) => (
        <section key={section.id} className="sidebar-section placeholder" aria-labelledby={`sidebar-${section.id}`}>
          <h2 id={`sidebar-${section.id}`} className="sidebar-heading">
            {section.title}
          </h2>
          <p className="sidebar-hint">{section.hint}</p>
        </section>
      ))}
    </>
  );
}
