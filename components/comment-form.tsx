'use client';

import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { CommentValues } from '@/lib/comment-fields';
import type { Messages } from '@/messages/fr';
import type { CommentFormState } from './comment-form-state';
import { Field, FormMessage } from './field';
import { messageOf } from './form-state';
import { useFormAction } from './use-form-action';

type Props = {
  action: (state: CommentFormState, formData: FormData) => Promise<CommentFormState>;
  articleId: number;
  /** The token rendered with the page; a fresh one replaces it when the reader starts writing (JavaScript). */
  token: string;
  initialValues: CommentValues;
  /** Set on the no-JavaScript reply page (`?repondre=ID`). */
  replyTo: { id: number; title: string; cancelHref: string } | null;
  /** The catalog's form labels, passed in so the message catalog stays out of the page's JavaScript. */
  labels: Messages['comments']['form'];
};

/** Where an inline reply form goes; its title is the reply link's own label ("Répondre à …"). */
type InlineReply = { id: number; title: string; slot: HTMLElement };

/**
 * The page's token is as old as the cached page, shared by every reader: the "posted too fast" rule
 * can only measure from the moment the reader starts writing, so a token is asked for then.
 */
function useFreshToken(articleId: number, pageToken: string) {
  const [token, setToken] = useState(pageToken);
  const asked = useRef(false);
  const ask = () => {
    if (asked.current) return;
    asked.current = true;
    fetch(`/api/jeton-commentaire?article=${articleId}`, { cache: 'no-store' })
      .then((response) => (response.ok ? response.json() : null))
      .then((body: { token?: unknown } | null) => {
        if (typeof body?.token === 'string') setToken(body.token);
      })
      // The page's token still works: the post is then judged on it, as without JavaScript.
      .catch(() => {});
  };
  return { token, ask };
}

/**
 * The comment form: a plain form post that works with JavaScript off; with JavaScript, it answers
 * without a reload, moves under the comment being answered, and puts focus on the first error.
 */
export function CommentForm({ action, articleId, token: pageToken, initialValues, replyTo, labels }: Props) {
  const { state, pending, errors, form } = useFormAction(action, initialValues);
  const [inline, setInline] = useState<InlineReply | null>(null);
  const { token, ask } = useFreshToken(articleId, pageToken);
  useEffect(() => {
    // A reader who started writing before the page's JavaScript ran.
    if (form.ref.current?.contains(document.activeElement)) ask();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, when the form comes alive
  }, []);

  useEffect(() => {
    function onClick(event: MouseEvent) {
      // The "Répondre" links are plain `?repondre=ID` links: the no-JavaScript reply page.
      const link = (event.target as Element | null)?.closest?.('a[href^="?repondre="]');
      if (!(link instanceof HTMLAnchorElement) || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const comment = link.closest('[id^="comment-"]');
      if (!comment) return;
      event.preventDefault();
      let slot = comment.querySelector<HTMLElement>(':scope > .reply-slot');
      if (!slot) {
        slot = document.createElement('div');
        slot.className = 'reply-slot';
        comment.append(slot);
      }
      setInline({
        id: Number(new URLSearchParams(link.search).get('repondre')),
        title: link.getAttribute('aria-label') ?? link.textContent ?? '',
        slot,
      });
    }
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, []);

  useEffect(() => {
    if (inline) form.ref.current?.querySelector('textarea')?.focus();
  }, [form.ref, inline]);

  const reply = inline ?? replyTo;
  const { values } = state;

  const element = (
    <form {...form} onFocus={ask} onInput={ask} className="comment-form" aria-labelledby="formulaire-titre">
      <h2 id="formulaire-titre">{reply ? reply.title : labels.title}</h2>
      {reply && (
        <p>
          {inline ? (
            <button type="button" className="link-button" onClick={() => setInline(null)}>
              {labels.cancelReply}
            </button>
          ) : (
            <a href={replyTo!.cancelHref}>{labels.cancelReply}</a>
          )}
        </p>
      )}
      <p className="hint">{labels.notice}</p>
      <FormMessage message={messageOf(state)} />
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="token" value={values.token || token} />
      {reply && <input type="hidden" name="parentId" value={reply.id} />}
      <Field id="champ-body" name="body" label={labels.body} error={errors.body} marked>
        {(control) => <textarea {...control} defaultValue={values.body} rows={7} required aria-required="true" />}
      </Field>
      <Field id="champ-authorName" name="authorName" label={labels.authorName} error={errors.authorName} marked>
        {(control) => (
          <input
            {...control}
            defaultValue={values.authorName}
            type="text"
            autoComplete="name"
            required
            aria-required="true"
          />
        )}
      </Field>
      <Field id="champ-authorEmail" name="authorEmail" label={labels.authorEmail} error={errors.authorEmail} marked>
        {(control) => (
          <input
            {...control}
            defaultValue={values.authorEmail}
            type="email"
            autoComplete="email"
            required
            aria-required="true"
          />
        )}
      </Field>
      <Field id="champ-authorUrl" name="authorUrl" label={labels.authorUrl} error={errors.authorUrl}>
        {(control) => <input {...control} defaultValue={values.authorUrl} type="url" autoComplete="url" />}
      </Field>
      <div className="honeypot">
        <label htmlFor="champ-website">{labels.honeypot}</label>
        <input id="champ-website" name="website" type="text" tabIndex={-1} autoComplete="off" />
      </div>
      <Field id="champ-remember" name="remember" label={labels.remember} check>
        {(control) => <input {...control} type="checkbox" defaultChecked={values.remember} />}
      </Field>
      <Field
        id="champ-notifyReplies"
        name="notifyReplies"
        label={labels.notifyReplies}
        hint={labels.notifyRepliesHint}
        check
      >
        {(control) => <input {...control} type="checkbox" defaultChecked={values.notifyReplies} />}
      </Field>
      <button type="submit" disabled={pending} aria-disabled={pending}>
        {pending ? labels.sending : reply ? labels.submitReply : labels.submit}
      </button>
      <p className="hint">
        <a href="/mes-donnees">{labels.myData}</a>
      </p>
    </form>
  );

  return inline ? <>{createPortal(element, inline.slot)}</> : element;
}
