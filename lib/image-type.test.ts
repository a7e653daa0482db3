import { describe, expect, it } from 'vitest';
import { sniffImageType, typeOfStoredName } from './image-type';

const bytes = (...values: (number | string)[]) =>
  new Uint8Array(values.flatMap((v) => (typeof v === 'string' ? [...Buffer.from(v, 'latin1')] : [v])));

describe('sniffImageType', () => {
  it('knows JPEG, PNG and WebP by their first bytes', () => {
    expect(sniffImageType(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('jpeg');
    expect(sniffImageType(bytes(0x89, 'PNG', 0x0d, 0x0a, 0x1a, 0x0a))).toBe('png');
    expect(sniffImageType(bytes('RIFF', 0, 0, 0, 0, 'WEBP'))).toBe('webp');
  });

  it('refuses anything else, whatever it is called', () => {
    expect(sniffImageType(bytes('<svg xmlns="http://www.w3.org/2000/svg">'))).toBeNull();
    expect(sniffImageType(bytes('GIF89a'))).toBeNull();
    expect(sniffImageType(bytes('RIFF', 0, 0, 0, 0, 'WAVE'))).toBeNull();
    expect(sniffImageType(bytes())).toBeNull();
  });
});

describe('typeOfStoredName', () => {
  it('accepts only the names the store gives', () => {
    expect(typeOfStoredName('0123456789abcdef0123456789abcdef.jpg')).toBe('jpeg');
    expect(typeOfStoredName('0123456789abcdef0123456789abcdef.webp')).toBe('webp');
    for (const name of [
      '../secret.key',
      '0123456789abcdef0123456789abcdef.svg',
      '0123456789ABCDEF0123456789abcdef.png',
      'x.jpg',
      '0123456789abcdef0123456789abcdef.jpg/..',
    ])
      expect(typeOfStoredName(name), name).toBeNull();
  });
});
