import { describe, expect, it } from 'vitest';
import { screenRequest } from './request-screen';

const post = (url: string, headers: Record<string, string>) => ({
  method: 'POST',
  url,
  headers: { host: 'kiosque.example', ...headers },
});
const form = { 'content-type': 'multipart/form-data; boundary=x', 'content-length': '500' };

describe('screenRequest', () => {
  it('lets ordinary requests through', () => {
    expect(screenRequest({ method: 'GET', url: '/article/%C3%A9t%C3%A9?page=2', headers: {} })).toBeNull();
    expect(screenRequest(post('/article/a', form))).toBeNull();
    expect(
      screenRequest(post('/article/a', { ...form, origin: 'https://kiosque.example', 'next-action': 'ab' })),
    ).toBeNull();
    expect(screenRequest(post('/api/auth/signout', { 'content-length': '0' }))).toBeNull();
  });

  it.each(['/article/%c0', '/rubrique/%ff', '/medias/..%c0%af', '/%'])('refuses the undecodable path %s', (url) => {
    expect(screenRequest({ method: 'GET', url, headers: {} })).toEqual({ status: 400, reason: 'bad-address' });
  });

  it('refuses posts from another site', () => {
    for (const origin of ['https://evil.example', 'null', 'https://kiosque.example.evil.example']) {
      expect(screenRequest(post('/article/a', { ...form, origin }))?.status).toBe(403);
    }
  });

  it('refuses posts of unknown length and oversized ones, but not an upload route with its own limit', () => {
    const chunked = { 'content-type': 'multipart/form-data; boundary=x', 'transfer-encoding': 'chunked' };
    expect(screenRequest(post('/article/a', chunked))?.status).toBe(411);
    expect(screenRequest(post('/article/a', { ...form, 'content-length': '100000' }))?.status).toBe(413);
    expect(screenRequest(post('/article/a', { ...form, 'content-length': '99999' }))).toBeNull();
    expect(screenRequest(post('/admin/reglages', { ...form, 'content-length': '300000' }))?.status).toBe(413);
    expect(screenRequest(post('/admin/medias/televerser', { ...form, 'content-length': '3000000' }))).toBeNull();
  });

  it('lets through a server-action call as React sends it: form data, or text for a form with no field', () => {
    for (const type of ['multipart/form-data; boundary=x', 'text/plain;charset=UTF-8']) {
      const headers = { 'content-type': type, 'content-length': '10', 'next-action': 'ab' };
      expect(screenRequest(post('/admin', headers))).toBeNull();
    }
  });

  it('refuses a server-action call that is neither form data nor text', () => {
    for (const type of ['application/json', 'application/x-www-form-urlencoded', 'application/octet-stream']) {
      const headers = { 'content-type': type, 'content-length': '10', 'next-action': 'ab' };
      expect(screenRequest(post('/article/a', headers))).toEqual({ status: 400, reason: 'bad-action' });
    }
  });
});
