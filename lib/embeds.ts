/**
 * The third-party embeds an article may carry, by the address a journalist pastes: YouTube, Dailymotion, X and
 * Facebook. Hosts are compared whole (never by suffix or prefix, so youtube.com.evil.example is nobody) and
 * every identifier is checked by its shape; the player's address is rebuilt from it, never copied.
 * Shared by the renderer (lib/markdown.ts) and the reader's click-to-load script (components/embed-loader.tsx).
 */
export const embedProviders = ['youtube', 'dailymotion', 'x', 'facebook'] as const;
export type EmbedProvider = (typeof embedProviders)[number];

export type Embed = {
  provider: EmbedProvider;
  /** The public page, what readers follow with JavaScript off or before they click. */
  url: string;
  /** The player, loaded only when the reader asks for it. */
  frame: string;
};

/** The origins players come from: the only ones the article pages' frame-src allows. */
export const embedFrameOrigins = [
  'https://www.youtube-nocookie.com',
  'https://www.dailymotion.com',
  'https://platform.twitter.com',
  'https://www.facebook.com',
] as const;

const hosts: Record<EmbedProvider, readonly string[]> = {
  youtube: ['youtube.com', 'www.youtube.com', 'm.youtube.com', 'youtu.be', 'www.youtube-nocookie.com'],
  dailymotion: ['dailymotion.com', 'www.dailymotion.com', 'dai.ly', 'geo.dailymotion.com'],
  x: ['x.com', 'www.x.com', 'twitter.com', 'www.twitter.com', 'mobile.twitter.com', 'platform.twitter.com'],
  facebook: ['facebook.com', 'www.facebook.com', 'm.facebook.com', 'web.facebook.com'],
};

const youtubeId = /^[A-Za-z0-9_-]{11}$/;
const dailymotionId = /^x[a-z0-9]{4,12}$/i;
const digits = /^\d{1,25}$/;
const facebookName = /^[A-Za-z0-9.\-]{1,80}$/;

function youtube(url: URL): Embed | null {
  const segments = url.pathname.split('/').filter(Boolean);
  const id =
    url.hostname === 'youtu.be'
      ? segments.length === 1 && segments[0]
      : url.pathname === '/watch'
        ? url.searchParams.get('v')
        : segments.length === 2 && ['embed', 'shorts', 'live'].includes(segments[0]!) && segments[1];
  if (!id || !youtubeId.test(id)) return null;
  return {
    provider: 'youtube',
    url: `https://www.youtube.com/watch?v=${id}`,
    frame: `https://www.youtube-nocookie.com/embed/${id}`,
  };
}

function dailymotion(url: URL): Embed | null {
  const segments = url.pathname.split('/').filter(Boolean);
  let id: string | null | undefined;
  if (url.hostname === 'dai.ly') id = segments.length === 1 ? segments[0] : null;
  else if (url.hostname === 'geo.dailymotion.com')
    id = url.pathname === '/player.html' ? url.searchParams.get('video') : null;
  else if (segments.length === 2 && segments[0] === 'video') id = segments[1]!.split('_')[0];
  else if (segments.length === 3 && segments[0] === 'embed' && segments[1] === 'video') id = segments[2];
  if (!id || !dailymotionId.test(id)) return null;
  return {
    provider: 'dailymotion',
    url: `https://www.dailymotion.com/video/${id}`,
    frame: `https://www.dailymotion.com/embed/video/${id}`,
  };
}

function x(url: URL): Embed | null {
  const segments = url.pathname.split('/').filter(Boolean);
  const id =
    url.hostname === 'platform.twitter.com'
      ? url.pathname === '/embed/Tweet.html' && url.searchParams.get('id')
      : segments.length === 3 && segments[1] === 'status' && /^\w{1,15}$/.test(segments[0]!) && segments[2];
  if (!id || !digits.test(id)) return null;
  return {
    provider: 'x',
    url: `https://x.com/i/status/${id}`,
    frame: `https://platform.twitter.com/embed/Tweet.html?id=${id}`,
  };
}

function facebook(url: URL, nested = false): Embed | null {
  const segments = url.pathname.split('/').filter(Boolean);
  // A pasted player's code names the post it shows: that post is what is checked.
  if (!nested && segments.length === 2 && segments[0] === 'plugins' && /^(post|video)\.php$/.test(segments[1]!)) {
    const inner = parse(url.searchParams.get('href') ?? '');
    return inner && hosts.facebook.includes(inner.hostname) ? facebook(inner, true) : null;
  }
  let path: string | null = null;
  let video = false;
  if (segments.length === 3 && facebookName.test(segments[0]!) && digitsOrPfbid(segments[2]!)) {
    if (segments[1] === 'posts') path = `/${segments.join('/')}`;
    if (segments[1] === 'videos') [path, video] = [`/${segments.join('/')}`, true];
  } else if (segments.length === 2 && segments[0] === 'reel' && digits.test(segments[1]!)) {
    [path, video] = [`/reel/${segments[1]}`, true];
  } else if (segments.length === 1 && segments[0] === 'watch' && digits.test(url.searchParams.get('v') ?? '')) {
    [path, video] = [`/watch/?v=${url.searchParams.get('v')}`, true];
  }
  if (!path) return null;
  const page = `https://www.facebook.com${path}`;
  return {
    provider: 'facebook',
    url: page,
    frame: `https://www.facebook.com/plugins/${video ? 'video' : 'post'}.php?href=${encodeURIComponent(page)}`,
  };
}

function digitsOrPfbid(segment: string) {
  return digits.test(segment) || /^pfbid[A-Za-z0-9]{10,80}$/.test(segment);
}

function parse(address: string): URL | null {
  if (!/^https?:\/\//i.test(address)) return null;
  try {
    const url = new URL(address);
    // Credentials or a port in a pasted address are never a provider's own page.
    return url.username || url.password || url.port ? null : url;
  } catch {
    return null;
  }
}

const readers: Record<EmbedProvider, (url: URL) => Embed | null> = { youtube, dailymotion, x, facebook };

/** The embed an address stands for, or null: any other site, a lookalike host or an unknown page shape. */
export function embedOf(address: string): Embed | null {
  const url = parse(address.trim());
  if (!url) return null;
  const provider = embedProviders.find((name) => hosts[name].includes(url.hostname.toLowerCase()));
  return provider ? readers[provider](url) : null;
}

/**
 * A pasted player code (<iframe src="…"></iframe>, alone on its lines): the embed its src stands for, or
 * null, and then the code is dropped. Only the src is read; every other attribute is the renderer's.
 */
export function embedOfFrameCode(code: string): Embed | null {
  const match = /^<iframe\b[^>]*?\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)')[^>]*>\s*<\/iframe>$/i.exec(code.trim());
  const src = match && (match[1] ?? match[2])!.replace(/&amp;/g, '&');
  return src ? embedOf(src) : null;
}

/** Whether some text is a pasted iframe code at all (allowed or not), so that a refused one is dropped. */
export function isFrameCode(text: string): boolean {
  return /^<iframe\b[\s\S]*<\/iframe>$/i.test(text.trim());
}
