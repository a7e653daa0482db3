import { describe, expect, it } from 'vitest';
import { isNotModified, strongEtag } from './conditional-request';

const etag = strongEtag('<rss/>');
const lastModified = new Date('2026-01-12T10:05:30.250Z');
const ask = (headers: Record<string, string>) => isNotModified(new Headers(headers), { etag, lastModified });

describe('strongEtag', () => {
  it('is a quoted tag that changes with the bytes', () => {
    expect(etag).toMatch(/^"[\w-]{32}"$/);
    expect(strongEtag('<rss/>')).toBe(etag);
    expect(strongEtag('<rss />')).not.toBe(etag);
  });
});

describe('isNotModified', () => {
  it('matches the ETag, in a list, weak or not, or "*"', () => {
    expect(ask({ 'if-none-match': etag })).toBe(true);
    expect(ask({ 'if-none-match': `"autre", ${etag}` })).toBe(true);
    expect(ask({ 'if-none-match': `W/${etag}` })).toBe(true);
    expect(ask({ 'if-none-match': '*' })).toBe(true);
    expect(ask({ 'if-none-match': '"autre"' })).toBe(false);
  });

  it('reads If-Modified-Since at one-second precision', () => {
    expect(ask({ 'if-modified-since': lastModified.toUTCString() })).toBe(true);
    expect(ask({ 'if-modified-since': new Date('2026-02-01T00:00:00Z').toUTCString() })).toBe(true);
    expect(ask({ 'if-modified-since': new Date('2026-01-12T10:05:29Z').toUTCString() })).toBe(false);
    expect(ask({ 'if-modified-since': 'pas une date' })).toBe(false);
  });

  it('lets If-None-Match decide when both are sent, and answers in full without either', () => {
    expect(ask({ 'if-none-match': '"autre"', 'if-modified-since': lastModified.toUTCString() })).toBe(false);
    expect(ask({})).toBe(false);
  });
});
