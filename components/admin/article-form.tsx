'use client';

import { useMemo } from 'react';
import type { ArticleField } from '@/lib/article-form';
import { t } from '@/lib/i18n';
import { ChoiceField, Field, FormMessage, type ControlProps } from '../field';
import { messageOf, type FormState } from '../form-state';
import { BodyPreview, type PreviewState } from './body-preview';
import { useAutosave, type AutosaveState } from './use-autosave';
import type { PickablePicture } from './picture-inserter';
import { useFormAction } from '../use-form-action';
import { TitleFields, BodyField } from './text-fields';

const a = t.admin.articles;
const f = a.fields;
const w = t.admin.writing;

export type ArticleValues = Record<ArticleField, string>;
/** The editor's states, plus the preview: the body rendered as it will be published, the form kept. */
export type ArticleFormState = FormState<ArticleValues, ArticleField, PreviewState<ArticleValues>>;

type Props = {
  action: (state: ArticleFormState, formData: FormData) => Promise<ArticleFormState>;
  articleId: number | null;
  initial: ArticleValues;
  sections: { id: number; name: string }[];
  bylines: { id: number; name: string }[];
  hero: { src: string; alt: string } | null;
  /** The newsroom's zone, named by the server: the time typed is read in it, whatever the browser's. */
  zone: { city: string; offset: string };
  /** The version the article was read at: a save or autosave over someone else's later save is refused. */
  version: number | null;
  autosave: (input: {
    articleId: number;
    version: number;
    title: string;
    dek: string;
    bodyMarkdown: string;
  }) => Promise<AutosaveState>;
  /** The library's latest pictures, to choose as the image or to place in the text. */
  pictures: PickablePicture[];
  /** The picture just uploaded from this page, named in the form as chosen. */
  uploaded?: boolean;
};

const autosaveMessage = (state: AutosaveState | null) =>
  state?.status === 'saved'
    ? w.autosaved(state.at)
    : state?.status === 'conflict'
      ? w.autosaveConflict
      : state?.status === 'failed'
        ? w.autosaveFailed
        : '';

/**
 * Writing and editing an article: a plain form post (the preview too) that works without JavaScript;
 * with it, errors come back without a reload and the first one takes focus.
 */
export function ArticleForm({
  action,
  articleId,
  initial,
  sections,
  bylines,
  hero,
  zone,
  version,
  autosave,
  pictures,
  uploaded,
}: Props) {
  const { state, pending, errors, form } = useFormAction(action, initial);
  const target = useMemo(() => (articleId && version ? { articleId, version } : null), [articleId, version]);
  const autosaved = useAutosave(form.ref, target, autosave);

  const v = state.values;
  const field = (name: ArticleField, control: (props: ControlProps) => React.ReactNode, hint?: string) => (
    <Field
      id={`article-${name}`}
      name={name}
      label={f[name as keyof typeof f] as string}
      hint={hint}
      error={errors[name]}
    >
      {control}
    </Field>
  );
  const text = (name: ArticleField, hint?: string) =>
    field(name, (props) => <input {...props} defaultValue={v[name]} type="text" />, hint);
  const checkbox = (name: 'featured' | 'keepCommentsOpen' | 'removeHero') => (
    <Field id={`article-${name}`} name={name} label={f[name]} check>
      {(props) => <input {...props} type="checkbox" defaultChecked={v[name] === 'on'} />}
    </Field>
  );
  const select = (name: ArticleField, options: { value: string | number; label: string }[]) =>
    field(name, (props) => (
      <select {...props} defaultValue={v[name]}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    ));

  return (
    // The key makes React reset the fields to the values the server answered with.
    <form key={JSON.stringify(state.values)} {...form} className="admin-form article-form" noValidate>
      <FormMessage message={messageOf(state)} />
      <fieldset>
        <legend>{a.fieldset.text}</legend>
        <TitleFields field={field} values={v} slugHint={f.slugHint} id={articleId} version={version} />
        {field('dek', (props) => (
          <textarea {...props} defaultValue={v.dek} rows={2} />
        ))}
        <BodyField
          field={field}
          value={v.bodyMarkdown}
          hint={f.bodyHint}
          textareaId="article-bodyMarkdown"
          pictures={pictures}
        />
        {text('source')}
        <BodyPreview state={state} />
      </fieldset>
      <fieldset>
        <legend>{a.fieldset.classification}</legend>
        {select(
          'sectionId',
          sections.map((section) => ({ value: section.id, label: section.name })),
        )}
        {text('tags', f.tagsHint)}
        {select(
          'authorId',
          bylines.map((byline) => ({ value: byline.id, label: byline.name })),
        )}
      </fieldset>
      <fieldset>
        <legend>{a.fieldset.publication}</legend>
        <ChoiceField
          id="article-status"
          name="status"
          legend={f.status}
          options={(['draft', 'published'] as const).map((status) => ({ value: status, label: f.statuses[status] }))}
          value={v.status}
          error={errors.status}
        />
        {field(
          'publishedAt',
          (props) => (
            <input
              {...props}
              defaultValue={v.publishedAt}
              type="text"
              placeholder={f.publishedAtPlaceholder}
              autoComplete="off"
              spellCheck={false}
            />
          ),
          f.publishedAtHint(zone),
        )}
        {checkbox('featured')}
        {select(
          'commentMode',
          (['open', 'moderated', 'closed'] as const).map((mode) => ({ value: mode, label: f.commentModes[mode] })),
        )}
        {checkbox('keepCommentsOpen')}
      </fieldset>
      <fieldset id="image-choisie">
        <legend>{a.fieldset.image}</legend>
        {hero && (
          // eslint-disable-next-line @next/next/no-img-element -- a staff thumbnail of an image already checked and stored
          <img src={hero.src} alt={hero.alt} className="hero-thumbnail" />
        )}
        {uploaded && v.heroMediaId && (
          <p className="flash" role="status">
            {a.image.chosen}
          </p>
        )}
        {select('heroMediaId', [
          { value: '', label: hero ? a.image.keep : a.image.noneChosen },
          ...pictures.map((picture) => ({
            value: picture.id,
            label: picture.alt ? picture.name : `${picture.name} (${a.image.withoutAlt})`,
          })),
        ])}
        {text('heroAlt', a.image.wordsHint)}
        {text('heroCaption')}
        {text('heroCredit')}
        {hero && checkbox('removeHero')}
      </fieldset>
      <div className="actions">
        <button type="submit" name="intent" value="save" disabled={pending}>
          {pending ? a.saving : a.save}
        </button>
        <p aria-live="polite" className={autosaved?.status === 'conflict' ? 'form-error' : 'hint'}>
          {autosaveMessage(autosaved)}
        </p>
      </div>
    </form>
  );
}
