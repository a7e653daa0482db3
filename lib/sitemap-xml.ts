import { escapeXml } from './markup';

/** Per sitemap file: far below the protocol's 50,000, so each file stays small and quick to rebuild. */
export const SITEMAP_FILE_SIZE = 2_000;
/** Google News reads at most 1,000 articles, from the last two days. */
export const NEWS_SITEMAP_SIZE = 1_000;
export const NEWS_SITEMAP_HOURS = 48;

/** The child files of the sitemap index: `/sitemaps/<kind>-<n>.xml`, n from 1. */
export const sitemapKinds = ['articles', 'rubriques', 'mots-cles', 'auteurs', 'pages'] as const;
export type SitemapKind = (typeof sitemapKinds)[number];

export const sitemapFilePath = (kind: SitemapKind, page: number) => `/sitemaps/${kind}-${page}.xml`;

/** The kind and page a child file's name stands for, or null for any other name. */
export function parseSitemapFileName(name: string): { kind: SitemapKind; page: number } | null {
  const match = /^([a-z-]+)-([1-9]\d{0,5})\.xml$/.exec(name);
  const kind = sitemapKinds.find((candidate) => candidate === match?.[1]);
  return match && kind ? { kind, page: Number(match[2]) } : null;
}

export type SitemapUrl = { loc: string; lastModified: Date | null };
export type NewsSitemapItem = { loc: string; title: string; publishedAt: Date };

const declaration = '<?xml version="1.0" encoding="UTF-8"?>\n';
const lastmod = (date: Date | null) => (date ? `<lastmod>${date.toISOString()}</lastmod>` : '');

/** A sitemap index: one <sitemap> per child file, with when its newest address changed. */
export function sitemapIndexXml(files: SitemapUrl[]): string {
  const body = files
    .map((file) => `<sitemap><loc>${escapeXml(file.loc)}</loc>${lastmod(file.lastModified)}</sitemap>`)
    .join('\n');
  return `${declaration}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</sitemapindex>\n`;
}

export function urlsetXml(urls: SitemapUrl[]): string {
  const body = urls.map((url) => `<url><loc>${escapeXml(url.loc)}</loc>${lastmod(url.lastModified)}</url>`).join('\n');
  return `${declaration}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`;
}

/** A Google News sitemap: every article with the publication's name and language, its date and title. */
export function newsSitemapXml(items: NewsSitemapItem[], publication: { name: string; language: string }): string {
  const name = `<news:publication><news:name>${escapeXml(publication.name)}</news:name><news:language>${escapeXml(publication.language)}</news:language></news:publication>`;
  const body = items
    .map(
      (item) =>
        `<url><loc>${escapeXml(item.loc)}</loc><news:news>${name}<news:publication_date>${item.publishedAt.toISOString()}</news:publication_date><news:title>${escapeXml(item.title)}</news:title></news:news></url>`,
    )
    .join('\n');
  return `${declaration}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n${body}\n</urlset>\n`;
}

/** The entries split into files of at most `size`, each with its newest change (for the index). */
export function paginate<T extends { lastModified: Date | null }>(
  entries: T[],
  size: number,
): { entries: T[]; lastModified: Date | null }[] {
  const pages = [];
  for (let start = 0; start < entries.length; start += size) {
    const slice = entries.slice(start, start + size);
    const lastModified = slice.reduce<Date | null>(
      (latest, entry) => (entry.lastModified && (!latest || entry.lastModified > latest) ? entry.lastModified : latest),
      null,
    );
    pages.push({ entries: slice, lastModified });
  }
  return pages;
}
