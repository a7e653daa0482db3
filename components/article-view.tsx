import type { ArticleView as Article } from '@/db/articles';
import type { Correction } from '@/db/corrections';
import { config } from '@/lib/config';
import { formatDateTime } from '@/lib/format';
import { t } from '@/lib/i18n';
import { ArticleCorrections } from './article-corrections';
import { EmbedLoader } from './embed-loader';
import { HeroImage } from './optimized-image';
import { ShareLinks } from './share-links';

/** The article itself, from kicker to tags; comments and related stories come after it. */
export function ArticleView({ article, corrections }: { article: Article; corrections: Correction[] }) {
  const url = `${config.siteUrl}/article/${article.slug}`;
  const edited =
    article.updatedAt && article.updatedAt.getTime() > article.publishedAt.getTime() + 60_000
      ? article.updatedAt
      : null;
  return (
    <article className="article">
      <header className="article__header">
        <p className="kicker">
          <a href={`/rubrique/${article.section.slug}`}>{article.section.name}</a>
        </p>
        <h1>{article.title}</h1>
        {article.dek && <p className="article__dek">{article.dek}</p>}
        <p className="byline">
          {t.article.by} <a href={`/auteur/${article.author.slug}`}>{article.author.name}</a>
        </p>
        <p className="meta">
          <time dateTime={article.publishedAt.toISOString()}>
            {t.article.published(formatDateTime(article.publishedAt))}
          </time>
          {edited && (
            <>
              <span aria-hidden="true"> · </span>
              <time dateTime={edited.toISOString()}>{t.article.updated(formatDateTime(edited))}</time>
            </>
          )}
          <span aria-hidden="true"> · </span>
          <span>{t.article.readingTime(article.readingMinutes)}</span>
          <span aria-hidden="true"> · </span>
          <a href="#commentaires">{t.counts.comments(article.commentCount)}</a>
        </p>
      </header>
      {article.hero && (
        <figure className="article__hero">
          <HeroImage hero={article.hero} sizes="(max-width: 48rem) 100vw, 48rem" />
          {(article.hero.caption || article.hero.credit) && (
            <figcaption>
              {article.hero.caption}
              {article.hero.credit && <span className="credit"> {article.hero.credit}</span>}
            </figcaption>
          )}
        </figure>
      )}
      {/* Staff-written Markdown, rendered and sanitised once on save by lib/markdown.ts. */}
      <div className="article__body" dangerouslySetInnerHTML={{ __html: article.bodyHtml }} />
      {article.bodyHtml.includes(' data-embed="') && <EmbedLoader />}
      {article.source && (
        <p className="article__source">
          {t.article.source} {article.source}
        </p>
      )}
      <ArticleCorrections corrections={corrections} />
      {article.tags.length > 0 && (
        <nav aria-label={t.article.tags} className="tag-list">
          <ul>
            {article.tags.map((tag) => (
              <li key={tag.slug}>
                <a href={`/mot-cle/${tag.slug}`}>{tag.name}</a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <ShareLinks url={url} title={article.title} />
    </article>
  );
}
