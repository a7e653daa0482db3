import { issueFormToken } from '@/lib/commenter-cookies';

// A token is issued at the moment it is asked for: never cached, neither here nor by the browser.
export const dynamic = 'force-dynamic';

/** A fresh comment-form token, asked for by the form when the reader starts writing (see components/comment-form.tsx). */
export function GET(request: Request): Response {
  const article = new URL(request.url).searchParams.get('article') ?? '';
  if (!/^\d{1,9}$/.test(article)) return new Response(null, { status: 400 });
  return Response.json(
    { token: issueFormToken(Number(article), Date.now()) },
    { headers: { 'cache-control': 'no-store, private' } },
  );
}
