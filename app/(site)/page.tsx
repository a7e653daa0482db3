import type { Metadata } from 'next';
import { ArticleCard } from '@/components/article-card';
import { JsonLd } from '@/components/json-ld';
import { getLeadArticle, listLatestArticles, listSectionBlocks } from '@/db/articles';
import { config } from '@/lib/config';
import { t } from '@/lib/i18n';
import { pageMetadata } from '@/lib/page-metadata';
import { webSiteJsonLd } from '@/lib/structured-data';

// Rebuilt in the background at most once a minute, so scheduled articles appear on time; any write
// (publishing, a comment approval) revalidates it at once.
export const revalidate = 60;

export const metadata: Metadata = pageMetadata({ path: '/', title: config.siteName, description: t.site.tagline });

export default function HomePage() {
  const lead = getLeadArticle();
  const latest = listLatestArticles(9)
    .filter((article) => article.id !== lead?.id)
    .slice(0, 8);
  const blocks = listSectionBlocks(3);
  return (
    <>
      <JsonLd data={webSiteJsonLd(t.site.tagline)} />
      <h1 className="visually-hidden">{t.home.title}</h1>
      {lead && (
        <section aria-labelledby="a-la-une" className="lead">
          <h2 id="a-la-une" className="block-title">
            {t.home.lead}
          </h2>
          <ArticleCard article={lead} lead />
        </section>
      )}
      <section aria-labelledby="dernieres" className="home-block">
        <h2 id="dernieres" className="block-title">
          {t.home.latest}
        </h2>
        <div className="card-grid">
          {latest.map((article) => (
            <ArticleCard key={article.id} article={article} thumbnail />
          ))}
        </div>
      </section>
      {blocks.map(({ section, items }) => (
        <section key={section.slug} aria-labelledby={`rubrique-${section.slug}`} className="home-block">
          <h2 id={`rubrique-${section.slug}`} className="block-title">
            <a href={`/rubrique/${section.slug}`}>{section.name}</a>
          </h2>
          <div className="card-grid">
            {items.map((article) => (
              <ArticleCard key={article.id} article={article} thumbnail />
            ))}
          </div>
          <p className="more">
            <a href={`/rubrique/${section.slug}`}>{t.home.moreInSection(section.name)}</a>
          </p>
        </section>
      ))}
    </>
  );
}
