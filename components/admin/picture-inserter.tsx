'use client';

import { useSyncExternalStore } from 'react';
import { t } from '@/lib/i18n';

const p = t.admin.articles.pictures;

export type PickablePicture = { id: number; src: string; name: string; alt: string };

const noSubscription = () => () => {};

export const pictureSnippet = (src: string) => `![](${src})`;
export const thumbnailOf = (src: string) => `/_next/image?url=${encodeURIComponent(src)}&w=128&q=75`;

/**
 * The media library beside the body: each picture's Markdown line to paste (what a browser without
 * JavaScript offers), and with JavaScript a button that puts it in the text at the cursor, on a line of its own.
 */
export function PictureInserter({ pictures, textareaId }: { pictures: PickablePicture[]; textareaId: string }) {
  // False in the server's HTML, true once hydrated: the buttons exist only where a script can run them.
  const scripted = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const insert = (src: string) => {
    const area = document.getElementById(textareaId);
    if (!(area instanceof HTMLTextAreaElement)) return;
    const { selectionStart: start, selectionEnd: end, value } = area;
    const before = value.slice(0, start).replace(/\n*$/, '');
    const after = value.slice(end).replace(/^\n*/, '');
    const block = `${before ? '\n\n' : ''}${pictureSnippet(src)}${after ? '\n\n' : '\n'}`;
    area.value = before + block + after;
    const cursor = before.length + block.length;
    area.focus();
    area.setSelectionRange(cursor, cursor);
  };
  if (pictures.length === 0) return <p className="hint">{p.empty}</p>;
  return (
    <details className="picture-picker">
      <summary>{p.summary}</summary>
      <p className="hint">{scripted ? p.hintScripted : p.hint}</p>
      <ul>
        {pictures.map((picture) => (
          <li key={picture.id}>
            {/* eslint-disable-next-line @next/next/no-img-element -- a staff thumbnail of a picture already checked and stored */}
            <img src={thumbnailOf(picture.src)} alt="" width={80} loading="lazy" />
            <span>
              {picture.name}
              {!picture.alt && <em> · {t.admin.media.noAlt}</em>}
              <br />
              <code>{pictureSnippet(picture.src)}</code>
            </span>
            {scripted && (
              <button
                type="button"
                className="button-secondary"
                aria-label={p.insertLabel(picture.name)}
                onClick={() => insert(picture.src)}
              >
                {p.insert}
              </button>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}
