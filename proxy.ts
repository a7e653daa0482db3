import { NextResponse, type NextRequest } from 'next/server';
import { t } from '@/lib/i18n';

// A comment is at most 5,000 characters: a form post far larger than that is refused before Next
// parses it (its own server-action limit answers a bare 500 error page).
const MAX_COMMENT_POST_BYTES = 64 * 1024;

function refuseOversizedPost(request: NextRequest): NextResponse | null {
  const length = Number(request.headers.get('content-length') ?? 0);
  if (length <= MAX_COMMENT_POST_BYTES) return null;
  const message = t.comments.refusals['too-large'];
  const back = `${encodeURI(request.nextUrl.pathname)}#commentaires`;
  return new NextResponse(
    `<!doctype html><html lang="fr"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${message}</title><p>${message}</p><p><a href="${back}">${t.comments.backToArticle}</a></p></html>`,
    { status: 413, headers: { 'content-type': 'text/html; charset=utf-8' } },
  );
}

/** Runs only for form posts (see config): public pages are served without a proxy in the way. */
export function proxy(request: NextRequest) {
  return refuseOversizedPost(request) ?? NextResponse.next();
}

export const config = {
  matcher: [{ source: '/article/:path*', has: [{ type: 'header', key: 'content-type', value: 'multipart/form-data.*' }] }],
};
