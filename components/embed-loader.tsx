'use client';

import { useEffect } from 'react';
import { embedOf } from '@/lib/embeds';

/**
 * Click-to-load for the embeds of an article body (lib/markdown.ts renders each as a link to the provider's
 * page): nothing is fetched from the provider until the reader clicks, then the link becomes its player. The
 * player's address is worked out again here from the link, by the same allow-list, never read from the page.
 */
export function EmbedLoader() {
  useEffect(() => {
    const load = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
      const link = (event.target as Element | null)?.closest?.('.article__body a[data-embed]');
      if (!(link instanceof HTMLAnchorElement)) return;
      const embed = embedOf(link.href);
      if (!embed || embed.provider !== link.dataset.embed) return;
      event.preventDefault();
      const frame = document.createElement('iframe');
      frame.src = embed.frame;
      frame.title = link.textContent ?? '';
      frame.className = `embed__frame embed__frame--${embed.provider}`;
      frame.allow = 'autoplay; encrypted-media; fullscreen; picture-in-picture';
      frame.allowFullscreen = true;
      frame.referrerPolicy = 'strict-origin-when-cross-origin';
      link.replaceWith(frame);
      frame.focus();
    };
    document.addEventListener('click', load);
    return () => document.removeEventListener('click', load);
  }, []);
  return null;
}
