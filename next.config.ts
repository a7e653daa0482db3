import type { NextConfig } from 'next';

type Condition = { type: 'query' | 'cookie'; key: string; value?: string };
const pageNumber = '(?<n>[1-9]\\d{0,5})';

const nextConfig: NextConfig = {
  // Tests and benchmarks build into their own folder so they never overwrite the site's build.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  turbopack: { root: import.meta.dirname },
  // `npm run typecheck` checks the whole project (scripts and tests too) before any build in `npm test`.
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
  // WordPress addresses end with a slash: Next's own "/x/ → /x" redirect would make every old permalink
  // two hops. app/ancienne-adresse answers them in one, and drops the slash itself for other addresses.
  skipTrailingSlashRedirect: true,
  // Next computes a page's ETag by hashing its whole HTML in JavaScript on every request: a quarter of
  // the CPU serving a cached 120 KB article (measured with --cpu-prof). Pages go without; feeds set their own.
  generateEtags: false,
  compress: true,
  images: { formats: ['image/avif', 'image/webp'] },
  experimental: {
    // A comment is at most 5,000 characters; anything far bigger is refused before it is parsed.
    serverActions: { bodySizeLimit: '256kb' },
  },
  // Reading searchParams would render a page per request. Queries are rewritten into path segments
  // instead, so listings and comment pages stay prerendered and cached; only a reader who has a
  // commenter cookie, or asks for a reply form, gets the personalised article rendered per request.
  // Previews of unpublished articles (app/(site)/apercu): kept out of search engines even where no HTML is read.
  async headers() {
    const noindex = [{ key: 'X-Robots-Tag', value: 'noindex, nofollow' }];
    // And a commenter's own data pages, reached by a personal link.
    return [
      { source: '/apercu/:path*', headers: noindex },
      { source: '/mes-donnees/:path+', headers: noindex },
    ];
  },
  async rewrites() {
    const when = (source: string, has: Condition[], destination: string) => ({ source, has, destination });
    const article = '/article/:slug';
    return {
      beforeFiles: [
        ...['/rubrique', '/mot-cle', '/auteur'].map((base) =>
          when(`${base}/:slug`, [{ type: 'query', key: 'page', value: pageNumber }], `${base}/:slug/page/:n`),
        ),
        when(article, [{ type: 'cookie', key: 'kq_commentateur' }], `${article}/perso`),
        when(article, [{ type: 'cookie', key: 'kq_attente' }], `${article}/perso`),
        when(article, [{ type: 'cookie', key: 'kq_auteur' }], `${article}/perso`),
        when(article, [{ type: 'query', key: 'repondre' }], `${article}/perso`),
        when(article, [{ type: 'query', key: 'signaler' }], `${article}/perso`),
        when(article, [{ type: 'query', key: 'signale' }], `${article}/perso`),
        when(article, [{ type: 'query', key: 'modifier' }], `${article}/perso`),
        when(article, [{ type: 'query', key: 'supprimer' }], `${article}/perso`),
        when(article, [{ type: 'query', key: 'cpage', value: pageNumber }], `${article}/commentaires/:n`),
        // A WordPress site's /?p=ID and /?page_id=ID (app/ancienne-adresse looks them up).
        when('/', [{ type: 'query', key: 'p', value: '\\d+' }], '/ancienne-adresse'),
        when('/', [{ type: 'query', key: 'page_id', value: '\\d+' }], '/ancienne-adresse'),
      ],
      afterFiles: [],
      // Only what matched no page or file: old addresses kept in the redirects table, or the 404 page.
      fallback: [{ source: '/:path((?!introuvable$|_next/).*)', destination: '/ancienne-adresse/:path' }],
    };
  },
};

export default nextConfig;
