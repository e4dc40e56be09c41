import { slotSidebarSections, useSlots } from './workspace-slots';

/*
 * Sidebar sections below the article list (links, referents, coverage).
 * Another module fills these through its workspace slots
 * (renderer/app/workspace-slots.tsx): a section with one of the ids below
 * replaces its placeholder. A section's component reads the workspace with
 * useWorkspaceState/useActions (renderer/app/workspace-context.tsx).
 */

/** Sections the sidebar shows as placeholders until a module provides them. */
export const PLANNED_SECTIONS: readonly { id: string; title: string; hint: string }[] = [
  { id: 'links', title: 'Links', hint: 'Spans linked across outlets appear here.' },
  { id: 'referents', title: 'Referents', hint: 'People and bodies named across outlets appear here.' },
  { id: 'coverage', title: 'Coverage', hint: 'What each outlet covers or omits appears here.' },
];

/** The sidebar sections below the article list: the provided ones, then placeholders for the rest. */
export function SidebarSections() {
  const sections = slotSidebarSections(useSlots());
  const provided = new Set(sections.map((s) => s.id));
  return (
    <>
      {sections.map((section) => (
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
