import { describe, expect, it } from 'vitest';
import { MARK_END as E, MARK_START as S, snippetParts } from './search-highlight';

describe('snippetParts', () => {
  it('splits a snippet into plain and marked runs', () => {
    expect(snippetParts(`…la ${S}sécurité${E} ${S}collective${E} de l’OTSC…`)).toEqual([
      { text: '…la ', marked: false },
      { text: 'sécurité', marked: true },
      { text: ' ', marked: false },
      { text: 'collective', marked: true },
      { text: ' de l’OTSC…', marked: false },
    ]);
  });

  it('keeps markup in the text as text', () => {
    expect(snippetParts(`<b>${S}x${E}</b>`)).toEqual([
      { text: '<b>', marked: false },
      { text: 'x', marked: true },
      { text: '</b>', marked: false },
    ]);
  });

  it('drops stray and unclosed markers', () => {
    expect(snippetParts(`a${E}b ${S}c`)).toEqual([
      { text: 'ab ', marked: false },
      { text: 'c', marked: false },
    ]);
    expect(snippetParts('')).toEqual([]);
  });
});
