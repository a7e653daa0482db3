/** An article's picture, once its file and both dimensions are known. */
export type Hero = { src: string; width: number; height: number; alt: string };

/**
 * What page metadata, structured data and feeds read of a public article. The rules declare it here
 * because lib/ does not import db/; the read types of db/articles.ts and db/feeds.ts satisfy it.
 */
export type PublicArticleFacts = {
  slug: string;
  title: string;
  dek: string;
  publishedAt: Date;
  updatedAt: Date | null;
  section: { slug: string; name: string };
  author: { slug: string; name: string };
  tags: { slug: string; name: string }[];
  hero: Hero | null;
};
