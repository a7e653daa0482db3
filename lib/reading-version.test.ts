import { describe, expect, it } from 'vitest';
import { readingVersion, versionReturnPath } from './reading-version';

describe('readingVersion', () => {
  it('gives the light version to browsers in data-saver mode', () => {
    expect(readingVersion('on', undefined)).toBe('legere');
    expect(readingVersion(' On ', 'a=1')).toBe('legere');
    expect(readingVersion('off', undefined)).toBe('complete');
    expect(readingVersion(undefined, undefined)).toBe('complete');
    expect(readingVersion('onward', undefined)).toBe('complete');
  });

  it('lets the reader’s own choice win either way', () => {
    expect(readingVersion(undefined, 'kq_lecteur=x; kq_version=legere')).toBe('legere');
    expect(readingVersion('on', 'kq_version=complete')).toBe('complete');
    expect(readingVersion('on', 'kq_version=autre')).toBe('legere');
    expect(readingVersion(undefined, 'xkq_version=legere')).toBe('complete');
  });
});

describe('versionReturnPath', () => {
  const origin = 'https://site.example';
  it('goes back to the page the reader came from', () => {
    expect(versionReturnPath('/article/a?cpage=2', null, origin)).toBe('/article/a?cpage=2');
    expect(versionReturnPath(null, 'https://site.example/rubrique/b', origin)).toBe('/rubrique/b');
  });

  it('never leads to another site or back to the switch', () => {
    expect(versionReturnPath('//evil.example/x', null, origin)).toBe('/');
    expect(versionReturnPath('https://evil.example/x', null, origin)).toBe('/');
    expect(versionReturnPath('/\\evil.example', null, origin)).toBe('/');
    expect(versionReturnPath(null, 'https://evil.example/x', origin)).toBe('/');
    expect(versionReturnPath('/version/legere', null, origin)).toBe('/');
    expect(versionReturnPath(null, 'not a url', origin)).toBe('/');
  });
});
