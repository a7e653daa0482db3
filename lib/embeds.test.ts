import { describe, expect, it } from 'vitest';
import { embedOf, embedOfFrameCode } from './embeds';

describe('embedOf', () => {
  it('knows each provider by its own addresses and rebuilds the player from the id', () => {
    expect(embedOf('https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42')).toEqual({
      provider: 'youtube',
      url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      frame: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
    });
    expect(embedOf('https://youtu.be/dQw4w9WgXcQ')?.frame).toBe('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ');
    expect(embedOf('https://www.youtube.com/shorts/dQw4w9WgXcQ')?.provider).toBe('youtube');
    expect(embedOf('https://www.dailymotion.com/video/x8abcd1')?.frame).toBe(
      'https://www.dailymotion.com/embed/video/x8abcd1',
    );
    expect(embedOf('https://dai.ly/x8abcd1')?.provider).toBe('dailymotion');
    expect(embedOf('https://x.com/presidence/status/1790000000000000000')?.frame).toBe(
      'https://platform.twitter.com/embed/Tweet.html?id=1790000000000000000',
    );
    expect(embedOf('https://twitter.com/presidence/status/1790000000000000000')?.provider).toBe('x');
    expect(embedOf('https://www.facebook.com/minsante/posts/1234567890')?.frame).toBe(
      'https://www.facebook.com/plugins/post.php?href=https%3A%2F%2Fwww.facebook.com%2Fminsante%2Fposts%2F1234567890',
    );
    expect(embedOf('https://www.facebook.com/watch/?v=1234567890')?.frame).toContain('/plugins/video.php?href=');
  });

  it('refuses lookalike hosts, other schemes, credentials, ports and unknown shapes', () => {
    for (const hostile of [
      'https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ',
      'https://evil-youtube.com/watch?v=dQw4w9WgXcQ',
      'https://www.youtube.com.evil.example/embed/dQw4w9WgXcQ',
      'https://notx.com/a/status/1',
      'https://x.com.evil.example/a/status/1',
      'https://facebook.com.evil.example/a/posts/1',
      'javascript:alert(1)//https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      'data:text/html,<script>alert(1)</script>',
      'https://user:pass@www.youtube.com/watch?v=dQw4w9WgXcQ',
      'https://www.youtube.com:8443/watch?v=dQw4w9WgXcQ',
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ"><script>',
      'https://www.youtube.com/redirect?q=https://evil.example',
      'https://www.facebook.com/plugins/post.php?href=https://evil.example/a/posts/1',
      'ftp://www.youtube.com/watch?v=dQw4w9WgXcQ',
    ]) {
      expect(embedOf(hostile), hostile).toBeNull();
    }
  });
});

describe('embedOfFrameCode', () => {
  it('takes an allowed player code by its source only', () => {
    expect(
      embedOfFrameCode(
        '<iframe width="560" height="315" src="https://www.youtube.com/embed/dQw4w9WgXcQ?si=abc" title="YouTube video player" frameborder="0" allowfullscreen></iframe>',
      )?.frame,
    ).toBe('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ');
    expect(
      embedOfFrameCode(
        '<iframe src="https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fwww.facebook.com%2Fcrtv%2Fvideos%2F987654321%2F&amp;show_text=false" width="560"></iframe>',
      )?.url,
    ).toBe('https://www.facebook.com/crtv/videos/987654321');
  });

  it('refuses any other source', () => {
    expect(embedOfFrameCode('<iframe src="https://evil.example/"></iframe>')).toBeNull();
    expect(embedOfFrameCode('<iframe src="javascript:alert(1)"></iframe>')).toBeNull();
    expect(embedOfFrameCode('<iframe srcdoc="<script>alert(1)</script>"></iframe>')).toBeNull();
  });
});
