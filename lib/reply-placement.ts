export type ReplyTarget = {
  id: number;
  threadId: number | null;
  depth: number;
  authorName: string;
  parentId: number | null;
};

/**
 * Where a reply goes in its thread. Replies deeper than the thread depth are attached at the deepest
 * level, beside the comment they answer, naming whom they answer ("en réponse à X").
 */
export function placeReply(
  target: ReplyTarget | null,
  threadDepth: number,
): { parent: ReplyTarget | null; replyToName: string | null } {
  if (!target || target.depth < threadDepth - 1) return { parent: target, replyToName: null };
  return {
    parent: { ...target, id: target.parentId ?? target.id, depth: target.depth - 1 },
    replyToName: target.authorName,
  };
}
