'use client';

import { useActionState, useEffect, useRef } from 'react';
import type { ArticleField } from '@/lib/article-form';
import { t } from '@/lib/i18n';

const a = t.admin.articles;
const f = a.fields;

export type ArticleValues = Record<ArticleField, string>;
export type ArticleFormState = {
  values: ArticleValues;
  errors: Partial<Record<ArticleField, string>>;
  message: string | null;
  preview: string | null;
};

type Props = {
  action: (state: ArticleFormState, formData: FormData) => Promise<ArticleFormState>;
  articleId: number | null;
  initial: ArticleValues;
  sections: { id: number; name: string }[];
  bylines: { id: number; name: string }[];
  hero: { src: string; alt: string } | null;
};

/**
 * Writing and editing an article: a plain form post (the preview too) that works without JavaScript;
 * with it, errors come back without a reload and the first one takes focus.
 */
export function ArticleForm({ action, articleId, initial, sections, bylines, hero }: Props) {
  const [state, formAction, pending] = useActionState(action, {
    values: initial,
    errors: {},
    message: null,
    preview: null,
  });
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    const first = Object.keys(state.errors)[0];
    const target = first ? formRef.current?.elements.namedItem(first) : null;
    if (target instanceof HTMLElement) target.focus();
    else if (state.preview) document.getElementById('apercu')?.focus();
  }, [state]);

  const v = state.values;
  const describe = (field: ArticleField, hint?: string) =>
    [state.errors[field] ? `${field}-erreur` : null, hint].filter(Boolean).join(' ') || undefined;
  const props = (field: ArticleField, hint?: string) => ({
    id: `article-${field}`,
    name: field,
    defaultValue: v[field],
    'aria-invalid': state.errors[field] ? true : undefined,
    'aria-describedby': describe(field, hint),
  });
  const error = (field: ArticleField) =>
    state.errors[field] ? (
      <p id={`${field}-erreur`} className="field-error">
        {state.errors[field]}
      </p>
    ) : null;
  const label = (field: ArticleField) => (
    <label htmlFor={`article-${field}`}>{f[field as keyof typeof f] as string}</label>
  );
  const checkbox = (field: 'featured' | 'keepCommentsOpen' | 'removeHero') => (
    <div className="field field--check">
      <input id={`article-${field}`} name={field} type="checkbox" defaultChecked={v[field] === 'on'} />
      {label(field)}
    </div>
  );

  return (
    <form
      key={JSON.stringify(state.values)}
      ref={formRef}
      action={formAction}
      className="admin-form article-form"
      noValidate
    >
      {state.message && (
        <p className="form-error" role="alert">
          {state.message}
        </p>
      )}
      {articleId && <input type="hidden" name="id" value={articleId} />}
      <fieldset>
        <legend>{a.fieldset.text}</legend>
        <div className="field">
          {label('title')}
          <input {...props('title')} type="text" required />
          {error('title')}
        </div>
        <div className="field">
          {label('slug')}
          <input {...props('slug', 'slug-aide')} type="text" spellCheck={false} />
          <p id="slug-aide" className="hint">
            {f.slugHint}
          </p>
          {error('slug')}
        </div>
        <div className="field">
          {label('dek')}
          <textarea {...props('dek')} rows={2} />
          {error('dek')}
        </div>
        <div className="field">
          {label('bodyMarkdown')}
          <textarea {...props('bodyMarkdown', 'texte-aide')} rows={18} required />
          <p id="texte-aide" className="hint">
            {f.bodyHint}
          </p>
          {error('bodyMarkdown')}
        </div>
        <div className="field">
          {label('source')}
          <input {...props('source')} type="text" />
          {error('source')}
        </div>
        <div className="actions">
          <button type="submit" name="intent" value="preview" className="button-secondary">
            {a.preview}
          </button>
        </div>
        {state.preview !== null && (
          <section id="apercu" className="preview" aria-labelledby="apercu-titre" tabIndex={-1}>
            <h2 id="apercu-titre">{a.previewTitle}</h2>
            {/* Rendered on the server by lib/markdown.ts, the one sanitising renderer, as it will be published. */}
            <div className="article__body" dangerouslySetInnerHTML={{ __html: state.preview }} />
          </section>
        )}
      </fieldset>
      <fieldset>
        <legend>{a.fieldset.classification}</legend>
        <div className="field">
          {label('sectionId')}
          <select {...props('sectionId')}>
            {sections.map((section) => (
              <option key={section.id} value={section.id}>
                {section.name}
              </option>
            ))}
          </select>
          {error('sectionId')}
        </div>
        <div className="field">
          {label('tags')}
          <input {...props('tags', 'mots-cles-aide')} type="text" />
          <p id="mots-cles-aide" className="hint">
            {f.tagsHint}
          </p>
          {error('tags')}
        </div>
        <div className="field">
          {label('authorId')}
          <select {...props('authorId')}>
            {bylines.map((byline) => (
              <option key={byline.id} value={byline.id}>
                {byline.name}
              </option>
            ))}
          </select>
          {error('authorId')}
        </div>
      </fieldset>
      <fieldset>
        <legend>{a.fieldset.publication}</legend>
        <fieldset aria-describedby={describe('status')}>
          <legend>{f.status}</legend>
          {(['draft', 'published'] as const).map((status) => (
            <div key={status} className="field--check">
              <input
                id={`article-status-${status}`}
                type="radio"
                name="status"
                value={status}
                defaultChecked={v.status === status}
              />
              <label htmlFor={`article-status-${status}`}>{f.statuses[status]}</label>
            </div>
          ))}
          {error('status')}
        </fieldset>
        <div className="field">
          {label('publishedAt')}
          <input {...props('publishedAt', 'publication-aide')} type="datetime-local" />
          <p id="publication-aide" className="hint">
            {f.publishedAtHint}
          </p>
          {error('publishedAt')}
        </div>
        {checkbox('featured')}
        <div className="field">
          {label('commentMode')}
          <select {...props('commentMode')}>
            {(['open', 'moderated', 'closed'] as const).map((mode) => (
              <option key={mode} value={mode}>
                {f.commentModes[mode]}
              </option>
            ))}
          </select>
          {error('commentMode')}
        </div>
        {checkbox('keepCommentsOpen')}
      </fieldset>
      {hero && (
        <fieldset>
          <legend>{a.fieldset.image}</legend>
          {/* eslint-disable-next-line @next/next/no-img-element -- a staff thumbnail of an image already checked and stored */}
          <img src={hero.src} alt={hero.alt} className="hero-thumbnail" />
          <div className="field">
            {label('heroAlt')}
            <input {...props('heroAlt')} type="text" />
            {error('heroAlt')}
          </div>
          <div className="field">
            {label('heroCaption')}
            <input {...props('heroCaption')} type="text" />
            {error('heroCaption')}
          </div>
          <div className="field">
            {label('heroCredit')}
            <input {...props('heroCredit')} type="text" />
            {error('heroCredit')}
          </div>
          {checkbox('removeHero')}
        </fieldset>
      )}
      <div className="actions">
        <button type="submit" name="intent" value="save" disabled={pending}>
          {pending ? a.saving : a.save}
        </button>
      </div>
    </form>
  );
}
