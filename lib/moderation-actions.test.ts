import { describe, expect, it } from 'vitest';
import { commentStatuses } from './vocabulary';
import { approvedDelta, isDeletable, moderationActions, nextStatus } from './moderation-actions';

describe('nextStatus', () => {
  it('follows the documented table', () => {
    const table = Object.fromEntries(
      moderationActions.map((action) => [action, commentStatuses.map((status) => nextStatus(action, status))]),
    );
    // columns: pending, approved, spam, trash
    expect(table).toEqual({
      approve: ['approved', null, 'approved', 'approved'],
      unapprove: [null, 'pending', null, null],
      spam: ['spam', 'spam', null, 'spam'],
      trash: ['trash', 'trash', 'trash', null],
      restore: [null, null, 'pending', 'pending'],
    });
  });

  it('never leaves a comment where it already is', () => {
    for (const action of moderationActions)
      for (const status of commentStatuses) expect(nextStatus(action, status)).not.toBe(status);
  });
});

describe('approvedDelta and isDeletable', () => {
  it('counts only moves into and out of approved', () => {
    expect(approvedDelta('pending', 'approved')).toBe(1);
    expect(approvedDelta('approved', 'spam')).toBe(-1);
    expect(approvedDelta('spam', 'trash')).toBe(0);
  });

  it('deletes for good only from spam and trash', () => {
    expect(commentStatuses.filter(isDeletable)).toEqual(['spam', 'trash']);
  });
});
