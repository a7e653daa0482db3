import { describe, expect, it } from 'vitest';
import { fr } from '@/messages/fr';
import { formatDate, formatDateTime } from './format';

describe('French dates', () => {
  it('formats in the newsroom time zone, press style', () => {
    const seedPublication = new Date('2022-01-12T09:05:00Z');
    expect(formatDate(seedPublication)).toBe('12 janvier 2022');
    expect(formatDateTime(seedPublication)).toBe('12 janvier 2022 à 10 h 05');
    expect(formatDateTime(new Date('2022-03-01T23:30:00Z'))).toBe('2 mars 2022 à 0 h 30');
  });

  it('writes the first of the month as an ordinal, as French does', () => {
    expect(formatDate(new Date('2026-12-01T09:00:00Z'))).toBe('1er décembre 2026');
    expect(formatDateTime(new Date('2026-11-30T23:30:00Z'))).toBe('1er décembre 2026 à 0 h 30');
    expect(formatDate(new Date('2026-12-11T09:00:00Z'))).toBe('11 décembre 2026');
    expect(formatDate(new Date('2026-12-21T09:00:00Z'))).toBe('21 décembre 2026');
  });
});

describe('French plurals', () => {
  it('counts comments the French way', () => {
    expect(fr.counts.comments(0)).toBe('Aucun commentaire');
    expect(fr.counts.comments(1)).toBe('1 commentaire');
    expect(fr.counts.comments(2)).toBe('2 commentaires');
    expect(fr.counts.comments(1500)).toBe('1\u202f500 commentaires');
    expect(fr.counts.commentsHeading(1)).toBe('Un commentaire');
    expect(fr.counts.commentsHeading(12)).toBe('12 commentaires');
  });
});
