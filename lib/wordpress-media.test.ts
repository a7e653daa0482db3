import { describe, expect, it } from 'vitest';
import { attachmentMetadata, ownPath, uploadedImageUrls, uploadsFileOf } from './wordpress-media';
import { attachmentMetadataWithCredit } from './wxr-writer';

describe('uploadsFileOf', () => {
  it('finds an uploaded picture in the local copy of the uploads folder', () => {
    expect(uploadsFileOf('https://old.example/wp-content/uploads/2024/03/quai%20nord.jpg', '/srv/uploads')).toBe(
      '/srv/uploads/2024/03/quai nord.jpg',
    );
  });

  it('never reads a file outside that folder, whatever a hostile export says', () => {
    for (const url of [
      'https://old.example/wp-content/uploads/%2e%2e/%2e%2e/etc/passwd',
      'https://old.example/wp-content/uploads/..%2f..%2fsecret.key',
      'https://old.example/wp-content/uploads/%2fetc%2fpasswd',
      'https://old.example/wp-content/uploads/',
      'https://old.example/images/quai.jpg',
      'pas une adresse',
    ])
      expect(uploadsFileOf(url, '/srv/uploads'), url).toBeNull();
  });
});

describe('attachment metadata', () => {
  it('reads back the size and credit WordPress serializes, accents included', () => {
    const serialized = attachmentMetadataWithCredit('Aïcha Bello / Kiosque');
    expect(serialized).toContain('s:22:"Aïcha Bello / Kiosque"');
    expect(attachmentMetadata(serialized)).toEqual({ width: null, height: null, credit: 'Aïcha Bello / Kiosque' });
    expect(
      attachmentMetadata('a:3:{s:5:"width";i:1200;s:6:"height";i:800;s:5:"sizes";a:1:{s:5:"width";i:300;}}'),
    ).toEqual({ width: 1200, height: 800, credit: '' });
  });
});

describe('uploadedImageUrls and ownPath', () => {
  it('lists each uploaded picture of a body once, and keeps addresses of this site as paths', () => {
    const html =
      '<img src="https://old.example/wp-content/uploads/a.jpg"> <a href="https://old.example/wp-content/uploads/a.jpg">x</a> <img src="https://cdn.example/b.png">';
    expect(uploadedImageUrls(html)).toEqual(['https://old.example/wp-content/uploads/a.jpg']);
    expect(ownPath('https://site.example/medias/x.jpg', 'https://site.example')).toBe('/medias/x.jpg');
    expect(ownPath('https://site.example.evil/medias/x.jpg', 'https://site.example')).toBe(
      'https://site.example.evil/medias/x.jpg',
    );
  });
});
