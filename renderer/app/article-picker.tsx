import { useMemo } from 'react';
import { groupByOutlet } from './state/workspace-selectors';
import { useActions, useWorkspaceState } from './workspace-context';

/** The article chooser at the top of a split-view pane. */
export function ArticlePicker({ pane, label }: { pane: number; label: string }) {
  const actions = useActions();
  const articles = useWorkspaceState((s) => s.articles);
  const outlets = useWorkspaceState((s) => s.study?.outlets);
  const current = useWorkspaceState((s) => s.panes[pane]?.articleId ?? '');
  const groups = useMemo(() => groupByOutlet(articles, outlets ?? []), [articles, outlets]);
  return (
    <div className="pane-picker">
      <select
        aria-label={label}
        value={current}
        onChange={(event) => {
          if (event.target.value) void actions.openArticle(pane, event.target.value);
        }}
      >
        {!current && <option value="">Choose an article…</option>}
        {groups.map((g) => (
          <optgroup key={g.outletId} label={g.name}>
            {g.articles.map((a) => (
              <option key={a.id} value={a.id}>
                {a.title}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
