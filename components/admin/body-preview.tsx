'use client';

import { useEffect } from 'react';
import { t } from '@/lib/i18n';

const a = t.admin.articles;

/** An editor's extra state: the body rendered by the server as it will be published, the form kept as typed. */
export type PreviewState<V> = { status: 'preview'; values: V; preview: string };

/**
 * "Aperçu du texte", a plain submit (it works without JavaScript), and once the server answered, the body as
 * readers will get it; with JavaScript it takes focus.
 */
export function BodyPreview({ state }: { state: { status: string; preview?: string } }) {
  useEffect(() => {
    if (state.status === 'preview') document.getElementById('apercu')?.focus();
  }, [state]);
  return (
    <>
      <div className="actions">
        <button type="submit" name="intent" value="preview" className="button-secondary">
          {a.preview}
        </button>
      </div>
      {state.status === 'preview' && (
        <section id="apercu" className="preview" aria-labelledby="apercu-titre" tabIndex={-1}>
          <h2 id="apercu-titre">{a.previewTitle}</h2>
          {/* Rendered on the server by lib/markdown.ts, the one sanitising renderer, as it will be published. */}
          <div className="article__body" dangerouslySetInnerHTML={{ __html: state.preview ?? '' }} />
        </section>
      )}
    </>
  );
}
