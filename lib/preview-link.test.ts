import { describe, expect, it } from 'vitest';
import { PREVIEW_LINK_DAYS, previewToken, readPreviewToken } from './preview-link';
import { signToken } from './signed-token';

const key = 'une-clé-de-test-assez-longue';
const now = new Date('2026-02-03T10:00:00Z');
const later = (days: number) => new Date(now.getTime() + days * 86_400_000);

describe('preview links', () => {
  it('open their article until they expire', () => {
    const token = previewToken(42, now, key);
    expect(readPreviewToken(token, now, key)).toBe(42);
    expect(readPreviewToken(token, later(PREVIEW_LINK_DAYS - 0.01), key)).toBe(42);
    expect(readPreviewToken(token, later(PREVIEW_LINK_DAYS), key)).toBeNull();
  });

  it('refuse a token signed with another key, or altered to another article or a later expiry', () => {
    const token = previewToken(42, now, key);
    expect(readPreviewToken(previewToken(42, now, 'une-autre-clé'), now, key)).toBeNull();
    const [payload, mac] = token.split('.');
    const [, expiry] = payload.split('-');
    expect(readPreviewToken(`43-${expiry}.${mac}`, now, key)).toBeNull();
    expect(readPreviewToken(`42-${Number(expiry) + 86_400_000}.${mac}`, now, key)).toBeNull();
  });

  it('refuse malformed payloads even when signed', () => {
    for (const payload of ['42', '0-99999999999999', '-1-99999999999999', '42-abc', '42-1e30'])
      expect(readPreviewToken(signToken(payload, key), now, key)).toBeNull();
  });
});
