import { embedFrameOrigins } from './embeds';

/**
 * The headers every response of the site carries (pages, feeds, route handlers, static files, errors and
 * the server's own refusals), set by scripts/server.ts before Next answers. `embeds`: the page may show a
 * player a reader asked for (article pages only); its providers are then the only frames allowed.
 */
export function securityHeaders(siteUrl: string, { embeds = false } = {}): [name: string, value: string][] {
  const https = siteUrl.startsWith('https:');
  const policy = [
    "default-src 'self'",
    // Next inlines each page's React payload as <script>self.__next_f.push(…)</script>: different on every
    // page and every regeneration, so no list of hashes fits, and a nonce needs a page rendered per request,
    // which would give up the prerendered cache. Injected markup stays out by other means (React escapes
    // text, article bodies go through sanitize-html, JSON-LD is escaped).
    "script-src 'self' 'unsafe-inline'",
    "style-src 'self'",
    // The avatar's colour is a custom property in a style attribute (components/comment-item.tsx).
    "style-src-attr 'unsafe-inline'",
    // Article bodies may show pictures from other sites (lib/markdown.ts allows http and https sources).
    "img-src 'self' https:",
    "font-src 'self'",
    "connect-src 'self'",
    ...(embeds ? [`frame-src ${embedFrameOrigins.join(' ')}`] : []),
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
  return [
    ['Content-Security-Policy', policy],
    ['X-Content-Type-Options', 'nosniff'],
    ['X-Frame-Options', 'DENY'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'],
    // Only a site served over https may ask browsers to keep to it.
    ...(https ? [['Strict-Transport-Security', 'max-age=31536000'] as [string, string]] : []),
  ];
}
