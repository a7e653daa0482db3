import { describe, expect, it } from 'vitest';
import { permalinkPath } from './wordpress-item';

describe('permalinkPath', () => {
  const post = {
    localDate: '2024-03-05 10:07:09',
    postName: 'pluies-%c3%a0-yaound%c3%a9',
    wpId: 102,
    category: 'societe',
    author: 'ngo',
  };

  it('builds the address WordPress gave a post under each usual structure, decoded', () => {
    expect(permalinkPath('/%year%/%monthnum%/%day%/%postname%/', post)).toBe('/2024/03/05/pluies-à-yaoundé');
    expect(permalinkPath('/%postname%/', post)).toBe('/pluies-à-yaoundé');
    expect(permalinkPath('/%category%/%postname%/', post)).toBe('/societe/pluies-à-yaoundé');
    expect(permalinkPath('/archives/%post_id%', post)).toBe('/archives/102');
    expect(permalinkPath('/%year%/%monthnum%/%day%/%hour%%minute%%second%/%author%/', post)).toBe(
      '/2024/03/05/100709/ngo',
    );
  });

  it('gives up on a structure it cannot fill rather than inventing an address', () => {
    expect(permalinkPath('/%category%/%postname%/', { ...post, category: null })).toBeNull();
    expect(permalinkPath('/%year%/%postname%/', { ...post, localDate: '0000-00-00 00:00:00x' })).toBeNull();
    expect(permalinkPath('/%unknown%/%postname%/', post)).toBeNull();
  });
});
