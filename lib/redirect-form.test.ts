import { describe, expect, it } from 'vitest';
import { redirectFormSchema } from './redirect-form';

const parse = (path: string, target: string) => redirectFormSchema.safeParse({ path, target });

describe('redirectFormSchema', () => {
  it('keeps an old path the way lookups find it: decoded, without its trailing slash', () => {
    expect(parse(' /2019/05/caf%C3%A9/ ', '/article/cafe').data).toEqual({
      path: '/2019/05/café',
      target: '/article/cafe',
    });
  });

  it('refuses a target on another host, so the site never becomes an open redirect', () => {
    for (const target of ['//evil.example', '/\\evil.example', 'https://evil.example', 'javascript:alert(1)', '/ a'])
      expect(parse('/ancienne', target).success, target).toBe(false);
  });

  it('refuses the home page and a redirect to itself', () => {
    expect(parse('/', '/article/x').success).toBe(false);
    expect(parse('/article/x/', '/article/x').success).toBe(false);
  });
});
