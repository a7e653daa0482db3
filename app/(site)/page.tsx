import type { Metadata } from 'next';
import { ArticleCard } from '@/components/article-card';
import { JsonLd } from '@/components/json-ld';
import { TitledBlock } from '@/components/titled-block';
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
        <TitledBlock id="a-la-une" title={t.home.lead} className="lead">
          <ArticleCard article={lead} lead />
        </TitledBlock>
      )}
      <TitledBlock id="dernieres" title={t.home.latest} className="home-block">
        <div className="card-grid">
          {latest.map((article) => (
            <ArticleCard key={article.id} article={article} thumbnail />
          ))}
        </div>
      </TitledBlock>
      {blocks.map(({ section, items }) => (
        <TitledBlock
          key={section.slug}
          id={`rubrique-${section.slug}`}
          title={<a href={`/rubrique/${section.slug}`}>{section.name}</a>}
          className="home-block"
        >
          <div className="card-grid">
            {items.map((article) => (
              <ArticleCard key={article.id} article={article} thumbnail />
            ))}
          </div>
          <p className="more">
            <a href={`/rubrique/${section.slug}`}>{t.home.moreInSection(section.name)}</a>
          </p>
        </TitledBlock>
      ))}
    </>
  );
}
