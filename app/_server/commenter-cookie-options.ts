import 'server-only';

/** The commenter's cookies: HttpOnly, sent on the site's own pages, Secure where the site is served over HTTPS. */
export const commenterCookieOptions = {
  httpOnly: true,
  sameSite: 'lax',
  secure: process.env.NODE_ENV === 'production' && !!process.env.SITE_URL?.startsWith('https:'),
  path: '/',
} as const;
