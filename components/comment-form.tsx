'use client';

import { useActionState, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { CommentField } from '@/lib/comment-validation';
import type { Messages } from '@/messages/fr';
import type { CommentFormState } from './comment-form-state';

type Props = {
  action: (state: CommentFormState, formData: FormData) => Promise<CommentFormState>;
  articleId: number;
  token: string;
  initialValues: CommentFormState['values'];
  /** Set on the no-JavaScript reply page (`?repondre=ID`). */
  replyTo: { id: number; title: string; cancelHref: string } | null;
  /** The catalog's form labels, passed in so the message catalog stays out of the page's JavaScript. */
  labels: Messages['comments']['form'];
};

/** Where an inline reply form goes; its title is the reply link's own label ("Répondre à …"). */
type InlineReply = { id: number; title: string; slot: HTMLElement };

/**
 * The comment form: a plain form post that works with JavaScript off; with JavaScript, it answers
 * without a reload, moves under the comment being answered, and puts focus on the first error.
 */
export function CommentForm({ action, articleId, token, initialValues, replyTo, labels }: Props) {
  const [state, formAction, pending] = useActionState(action, { values: initialValues, errors: {}, formError: null });
  const [inline, setInline] = useState<InlineReply | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    const field = (['body', 'authorName', 'authorEmail', 'authorUrl'] as CommentField[]).find(
      (name) => state.errors[name],
    );
    const target = field
      ? formRef.current?.elements.namedItem(field)
      : state.formError
        ? formRef.current?.querySelector('.form-error')
        : null;
    if (target instanceof HTMLElement) target.focus();
  }, [state]);

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
    if (inline) formRef.current?.querySelector('textarea')?.focus();
  }, [inline]);

  const reply = inline ?? replyTo;
  const describe = (field: CommentField, hint?: string) =>
    [state.errors[field] ? `${field}-erreur` : null, hint].filter(Boolean).join(' ') || undefined;
  const input = (field: CommentField) => ({
    id: `champ-${field}`,
    name: field,
    defaultValue: state.values[field],
    'aria-invalid': state.errors[field] ? true : undefined,
    'aria-describedby': describe(field),
  });
  const error = (field: CommentField) =>
    state.errors[field] ? (
      <p id={`${field}-erreur`} className="field-error">
        {state.errors[field]}
      </p>
    ) : null;
  const required = (
    <span className="required" aria-hidden="true">
      {' '}
      *
    </span>
  );

  const form = (
    <form
      ref={formRef}
      action={formAction}
      className="comment-form"
      noValidate={false}
      aria-labelledby="formulaire-titre"
    >
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
      {state.formError && (
        <p className="form-error" role="alert" tabIndex={-1}>
          {state.formError}
        </p>
      )}
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="token" value={token} />
      {reply && <input type="hidden" name="parentId" value={reply.id} />}
      <div className="field">
        <label htmlFor="champ-body">
          {labels.body}
          {required}
        </label>
        <textarea {...input('body')} rows={7} required aria-required="true" />
        {error('body')}
      </div>
      <div className="field">
        <label htmlFor="champ-authorName">
          {labels.authorName}
          {required}
        </label>
        <input {...input('authorName')} type="text" autoComplete="name" required aria-required="true" />
        {error('authorName')}
      </div>
      <div className="field">
        <label htmlFor="champ-authorEmail">
          {labels.authorEmail}
          {required}
        </label>
        <input {...input('authorEmail')} type="email" autoComplete="email" required aria-required="true" />
        {error('authorEmail')}
      </div>
      <div className="field">
        <label htmlFor="champ-authorUrl">{labels.authorUrl}</label>
        <input {...input('authorUrl')} type="url" autoComplete="url" />
        {error('authorUrl')}
      </div>
      <div className="honeypot">
        <label htmlFor="champ-website">{labels.honeypot}</label>
        <input id="champ-website" name="website" type="text" tabIndex={-1} autoComplete="off" />
      </div>
      <div className="field field--check">
        <input id="champ-remember" name="remember" type="checkbox" defaultChecked={state.values.remember} />
        <label htmlFor="champ-remember">{labels.remember}</label>
      </div>
      <button type="submit" disabled={pending} aria-disabled={pending}>
        {pending ? labels.sending : reply ? labels.submitReply : labels.submit}
      </button>
    </form>
  );

  return inline ? <>{createPortal(form, inline.slot)}</> : form;
}
