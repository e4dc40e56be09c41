import { useMemo } from 'react';
import type { ArticleSummary } from '../../shared/api';
import { CountBadges } from './count-badges';
import { SidebarSections } from './sidebar-sections';
import { countsFor, groupByOutlet, searchArticles } from './state/workspace-selectors';
import { useActions, useWorkspaceState } from './workspace-context';

/** The left column: outlets with their articles and counts, then the analysis sections. */
export function Sidebar() {
  const articles = useWorkspaceState((s) => s.articles);
  const outlets = useWorkspaceState((s) => s.study?.outlets);
  const search = useWorkspaceState((s) => s.search);
  const groups = useMemo(() => groupByOutlet(searchArticles(articles, search), outlets ?? []), [articles, search, outlets]);

  return (
    <nav className="sidebar" aria-label="Articles">
      <section className="sidebar-section" aria-labelledby="sidebar-outlets">
        <h2 id="sidebar-outlets" className="sidebar-heading">
          Outlets
        </h2>
        {articles.length === 0 && <p className="sidebar-hint">No articles yet: import a file (Ctrl+O) or drop files on the window.</p>}
        {articles.length > 0 && groups.length === 0 && <p className="sidebar-hint">No articles match “{search}”.</p>}
        <ul className="outlet-list">
          {groups.map((group) => (
            <li key={group.outletId} className="outlet">
              <p className="outlet-name">{group.name}</p>
              <ul className="article-list">
                {group.articles.map((article) => (
                  <ArticleRow key={article.id} article={article} />
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </section>
      <SidebarSections />
    </nav>
  );
}

function ArticleRow({ article }: { article: ArticleSummary }) {
  const actions = useActions();
  const loaded = useWorkspaceState((s) => s.annotations[article.id]);
  const annotator = useWorkspaceState((s) => s.study?.annotator ?? null);
  const focusedPane = useWorkspaceState((s) => s.focusedPane);
  const open = useWorkspaceState((s) => s.panes[s.focusedPane]?.articleId === article.id);
  const counts = useMemo(() => countsFor(article, loaded, annotator), [article, loaded, annotator]);
  return (
    <li>
      <button
        type="button"
        className={open ? 'article-row open' : 'article-row'}
        aria-current={open ? 'page' : undefined}
        onClick={() => void actions.openArticle(focusedPane, article.id)}
      >
        <span className="article-row-title">{article.title}</span>
        <CountBadges counts={counts} />
      </button>
    </li>
  );
}
