/** Where a comment is shown: its article's thread page (`?cpage=N` past the first), at its anchor. */
export function commentPermalink(articleSlug: string, commentId: number, page: number): string {
  return `/article/${articleSlug}${page > 1 ? `?cpage=${page}` : ''}#comment-${commentId}`;
}
