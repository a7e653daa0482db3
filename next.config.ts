import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Tests and benchmarks build into their own folder so they never overwrite the site's build.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  turbopack: { root: import.meta.dirname },
  poweredByHeader: false,
  compress: true,
  images: { formats: ['image/avif', 'image/webp'] },
  // Listing pages take `?page=N`; rewriting it into a path segment keeps those pages prerendered
  // and cached instead of rendering per request, as reading searchParams would.
  async rewrites() {
    const paged = (from: string) => ({
      source: `${from}/:slug`,
      has: [{ type: 'query' as const, key: 'page', value: '(?<page>\\d{1,6})' }],
      destination: `${from}/:slug/page/:page`,
    });
    return {
      beforeFiles: [
        paged('/rubrique'),
        paged('/mot-cle'),
        paged('/auteur'),
      ],
      afterFiles: [],
      fallback: [],
    };
  },
};

export default nextConfig;
