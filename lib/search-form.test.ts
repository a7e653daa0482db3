import { describe, expect, it } from 'vitest';
import { readSearchRequest } from './search-form';

const zone = 'Africa/Douala';

describe('readSearchRequest', () => {
  it('reads the words, the section, the days in the newsroom zone and the page', () => {
    const request = readSearchRequest(
      { q: 'sécurité collective', rubrique: 'kazakhstan', du: '2022-01-01', au: '2022-01-12', page: '2' },
      zone,
    );
    expect(request).toEqual({
      values: { q: 'sécurité collective', rubrique: 'kazakhstan', du: '2022-01-01', au: '2022-01-12' },
      match: '"securite"* AND "collective"*',
      // Douala is UTC+1: its days begin at 23:00 UTC the day before; the end day is included whole.
      from: new Date('2021-12-31T23:00:00Z'),
      before: new Date('2022-01-12T23:00:00Z'),
      page: 2,
      errors: {},
    });
  });

  it('asks for words when there are none', () => {
    expect(readSearchRequest({}, zone)).toMatchObject({
      values: { q: '', rubrique: '', du: '', au: '' },
      match: null,
      from: null,
      before: null,
      page: 1,
      errors: {},
    });
    expect(readSearchRequest({ q: '"*()' }, zone).match).toBeNull();
  });

  it('keeps malformed dates as typed, with a field error', () => {
    const request = readSearchRequest({ q: 'otsc', du: '12/01/2022', au: '2022-02-30' }, zone);
    expect(request.values).toMatchObject({ du: '12/01/2022', au: '2022-02-30' });
    expect(request.errors).toEqual({ du: 'invalidDate', au: 'invalidDate' });
    expect(request).toMatchObject({ from: null, before: null });
  });

  it('refuses an end before the start, and accepts a single day', () => {
    expect(readSearchRequest({ q: 'x', du: '2022-01-12', au: '2022-01-11' }, zone).errors).toEqual({
      au: 'endBeforeStart',
    });
    expect(readSearchRequest({ q: 'x', du: '2022-01-12', au: '2022-01-12' }, zone).errors).toEqual({});
  });

  it('takes the first of repeated parameters, ignores a malformed page and cuts a long query', () => {
    expect(readSearchRequest({ q: ['otsc', 'cacao'], page: ['3', '4'] }, zone)).toMatchObject({
      values: { q: 'otsc' },
      page: 3,
    });
    for (const page of ['0', '-1', 'abc', '1e3', '9999999'])
      expect(readSearchRequest({ q: 'x', page }, zone).page).toBe(1);
    expect(readSearchRequest({ q: 'a'.repeat(2_000) }, zone).values.q).toHaveLength(200);
  });
});
