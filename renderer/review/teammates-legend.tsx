import { Eye, EyeOff } from 'lucide-react';
import { useEffect } from 'react';
import { useActions, useWorkspaceState } from '../app';
import { useReviewState } from './review-provider';
import { annotatorColours } from './state/review-selectors';

/** Everyone with annotations in the workspace, me first. */
function useAnnotators(): { me: string | null; all: string[] } {
  const me = useWorkspaceState((s) => s.study?.annotator ?? null);
  const known = useWorkspaceState((s) => s.study?.annotators);
  const tagSets = useReviewState((s) => s.tagSets);
  const names = [...new Set([...(known ?? []), ...tagSets.map((t) => t.annotator)])].filter((a) => a !== me).sort((a, b) => a.localeCompare(b));
  return { me, all: me ? [me, ...names] : names };
}

/**
 * Teammates' highlights drawn apart from mine: a dashed outline in the
 * annotator's colour (mine keep the plain category look), from a style
 * sheet built for the annotators present. The sheet is made through the
 * CSSOM (a constructed sheet), which the page's CSP allows where an inline
 * <style> would be refused.
 */
export function AnnotatorStyles() {
  const { me, all } = useAnnotators();
  const rules = annotatorRules(all, me);
  useEffect(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(rules);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [rules]);
  return null;
}

/** One outline rule per teammate, in their legend colour. */
export function annotatorRules(all: readonly string[], me: string | null): string {
  const colours = annotatorColours(all);
  return all
    .filter((a) => a !== me)
    .map((a) => `.hl[data-annotator="${CSS.escape(a)}"] { outline: 1.5px dashed ${colours[a]}; outline-offset: 1px; }`)
    .join('\n');
}

/** Panel section: who annotated, in which colour, and a toggle to show or hide each teammate. */
export function TeammatesLegend() {
  const actions = useActions();
  const hidden = useWorkspaceState((s) => s.hiddenAnnotators);
  const { me, all } = useAnnotators();
  if (all.length < 2) return null;
  const colours = annotatorColours(all);
  return (
    <section className="teammates-legend" aria-labelledby="legend-heading">
      <h3 id="legend-heading" className="panel-section-title">
        Annotators
      </h3>
      <ul>
        {all.map((a) => {
          const shown = !hidden.includes(a);
          return (
            <li key={a}>
              <span className={a === me ? 'annotator-swatch mine' : 'annotator-swatch'} style={{ borderColor: colours[a] }} aria-hidden="true" />
              <span className="legend-name">{a === me ? `${a} (me, editable)` : `${a} (read-only)`}</span>
              {a !== me && (
                <button type="button" className="icon-button small" aria-pressed={shown} aria-label={`${shown ? 'Hide' : 'Show'} ${a}’s highlights`} title={`${shown ? 'Hide' : 'Show'} ${a}’s highlights`} onClick={() => actions.toggleAnnotator(a)}>
                  {shown ? <Eye aria-hidden="true" size={15} /> : <EyeOff aria-hidden="true" size={15} />}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
