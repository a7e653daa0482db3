import { describe, expect, it } from 'vitest';
import { placeReply } from './reply-placement';

const comment = (id: number, depth: number, parentId: number | null) => ({
  id,
  threadId: depth ? 1 : null,
  depth,
  authorName: `Auteur ${id}`,
  parentId,
});

describe('placeReply', () => {
  it('answers a top-level comment or one above the deepest level in place', () => {
    expect(placeReply(null, 3)).toEqual({ parent: null, replyToName: null });
    expect(placeReply(comment(1, 0, null), 3)).toEqual({ parent: comment(1, 0, null), replyToName: null });
    expect(placeReply(comment(2, 1, 1), 3)).toEqual({ parent: comment(2, 1, 1), replyToName: null });
  });

  it('attaches a reply to the deepest level beside the comment it answers, naming its author', () => {
    expect(placeReply(comment(3, 2, 2), 3)).toEqual({
      parent: { ...comment(3, 2, 2), id: 2, depth: 1 },
      replyToName: 'Auteur 3',
    });
  });
});
