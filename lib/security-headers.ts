import { embedFrameOrigins } from './embeds';

/**
 * The headers every response of the site carries (pages, feeds, route handlers, static files, errors and
 * the server's own refusals), set by scripts/server.ts before Next answers. `embeds`: the page may show a
 * player a reader asked for (article pages only); its providers are then the only frames allowed.
 */
export function securityHeaders(siteUrl: string, { embeds = false } = {}): [name: string, value: string][] {
  const https = siteUrl.startsWith('https:');
  return [
    // Next inlines each page's React payload as <script>self.__next_f.push(…)</script>: different on every
    // page and every regeneration, so no list of hashes fits, and a nonce needs a page rendered per request,
    // which would give up the prerendered cache. Injected markup stays out by other means (React escapes
    // text, article bodies go through sanitize-html, JSON-LD is escaped).
    ['Content-Security-Policy', contentSecurityPolicy(siteUrl, "'self' 'unsafe-inline'", "'self'", embeds)],
    ['X-Content-Type-Options', 'nosniff'],
    ['X-Frame-Options', 'DENY'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'],
    // Only a site served over https may ask browsers to keep to it.
    ...(https ? [['Strict-Transport-Security', 'max-age=31536000'] as [string, string]] : []),
  ];
}

/**
 * The light version of a page (lib/light-page.ts) runs no script at all (JSON-LD is data, which the policy
 * does not govern) and carries its stylesheet inline, allowed by its hash ('sha256-…', base64).
 */
export function lightPagePolicy(siteUrl: string, styleHash: string): string {
  return contentSecurityPolicy(siteUrl, "'none'", `'self' 'sha256-${styleHash}'`);
}

function contentSecurityPolicy(siteUrl: string, scripts: string, styles: string, embeds = false): string {
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    `style-src ${styles}`,
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
    ...(siteUrl.startsWith('https:') ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}
