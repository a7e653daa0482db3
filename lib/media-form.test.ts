import { describe, expect, it } from 'vitest';
import { dayRange, mediaTextSchema } from './media-form';

describe('dayRange', () => {
  it('spans the local day in the newsroom’s zone, and refuses what is no day', () => {
    expect(dayRange('2026-03-01', 'Africa/Douala')).toEqual({
      since: new Date('2026-02-28T23:00:00Z'),
      until: new Date('2026-03-01T23:00:00Z'),
    });
    expect(dayRange('2026-02-31', 'Africa/Douala')).toBeNull();
    expect(dayRange('hier', 'Africa/Douala')).toBeNull();
  });
});

describe('mediaTextSchema', () => {
  it('cleans the words and refuses long ones', () => {
    expect(mediaTextSchema.parse({ alt: '  Le port ', caption: '', credit: 'AFP' })).toEqual({
      alt: 'Le port',
      caption: null,
      credit: 'AFP',
    });
    expect(mediaTextSchema.safeParse({ alt: 'x'.repeat(301), caption: '', credit: '' }).success).toBe(false);
  });
});
