import { ExternalLink } from 'lucide-react';
import type { ArticleView } from '../../shared/api';
import { displayHost, formatPublished } from './dates';

/** The line above the article text: outlet · title · date · url. */
export function ArticleMeta({ article, onOpenLink }: { article: ArticleView; onOpenLink(href: string): void }) {
  const published = formatPublished(article.publishedAt);
  return (
    <header className="article-meta">
      <p className="article-meta-line">
        <span className="article-outlet">{article.outletName}</span>
        {published && (
          <>
            <span aria-hidden="true"> · </span>
            <time dateTime={article.publishedAt}>{published}</time>
          </>
        )}
        {article.url && (
          <>
            <span aria-hidden="true"> · </span>
            <a
              className="article-url"
              href={article.url}
              onClick={(event) => {
                event.preventDefault();
                onOpenLink(article.url!);
              }}
              title={article.url}
            >
              {displayHost(article.url)}
              <ExternalLink aria-hidden="true" size={12} />
            </a>
          </>
        )}
      </p>
      <h1 className="article-title">{article.title}</h1>
    </header>
  );
}
