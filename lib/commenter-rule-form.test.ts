import { describe, expect, it } from 'vitest';
import { commenterRuleSchema, ruleExpiry } from './commenter-rule-form';

describe('commenterRuleSchema', () => {
  it('reads a trust or a block with its target and duration', () => {
    expect(commenterRuleSchema.parse({ kind: 'trust', commentId: '4' })).toEqual({ kind: 'trust', commentId: 4 });
    expect(commenterRuleSchema.parse({ kind: 'block', commentId: '4', on: 'ip', duration: '7d' })).toEqual({
      kind: 'block',
      commentId: 4,
      on: 'ip',
      duration: '7d',
    });
  });

  it('refuses an unknown kind, target or duration', () => {
    expect(commenterRuleSchema.safeParse({ kind: 'ban', commentId: '4' }).success).toBe(false);
    expect(commenterRuleSchema.safeParse({ kind: 'block', commentId: '4', on: 'name', duration: '7d' }).success).toBe(
      false,
    );
    expect(commenterRuleSchema.safeParse({ kind: 'block', commentId: '4', on: 'ip', duration: '2y' }).success).toBe(
      false,
    );
  });
});

describe('ruleExpiry', () => {
  it('adds the duration, or never expires', () => {
    const now = new Date('2026-03-01T00:00:00Z');
    expect(ruleExpiry('1d', now)).toEqual(new Date('2026-03-02T00:00:00Z'));
    expect(ruleExpiry('forever', now)).toBeNull();
  });
});
