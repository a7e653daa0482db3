'use client';

import type { PageField } from '@/lib/page-form';
import { t } from '@/lib/i18n';
import { ChoiceField, Field, FormMessage, type ControlProps } from '../field';
import { messageOf, type FormState } from '../form-state';
import { useFormAction } from '../use-form-action';
import { BodyPreview, type PreviewState } from './body-preview';
import type { PickablePicture } from './picture-inserter';
import { TitleFields, BodyField } from './text-fields';

const p = t.admin.pages;
const a = t.admin.articles;

export type PageValues = Record<PageField, string>;
/** The page editor's states, plus the article editor's preview: the body rendered as it will be published. */
export type PageFormState = FormState<PageValues, PageField, PreviewState<PageValues>>;

type Props = {
  action: (state: PageFormState, formData: FormData) => Promise<PageFormState>;
  pageId: number | null;
  initial: PageValues;
  /** The version the page was read at: a save over someone else's later save is refused. */
  version: number | null;
  /** The library's latest pictures, to place in the text. */
  pictures: PickablePicture[];
};

/** Writing and editing a page of the site: a plain form post (the preview too) that works without JavaScript. */
export function PageForm({ action, pageId, initial, version, pictures }: Props) {
  const { state, pending, errors, form } = useFormAction(action, initial);

  const v = state.values;
  const field = (name: PageField, control: (props: ControlProps) => React.ReactNode, hint?: string) => (
    <Field id={`page-${name}`} name={name} label={p.fields[name]} hint={hint} error={errors[name]}>
      {control}
    </Field>
  );

  return (
    // The key makes React reset the fields to the values the server answered with.
    <form key={JSON.stringify(state.values)} {...form} className="admin-form" noValidate>
      <FormMessage message={messageOf(state)} />
      <fieldset>
        <legend>{p.fieldset.text}</legend>
        <TitleFields field={field} values={v} slugHint={p.fields.slugHint} id={pageId} version={version} />
        <BodyField
          field={field}
          value={v.bodyMarkdown}
          hint={a.fields.bodyHint}
          textareaId="page-bodyMarkdown"
          pictures={pictures}
        />
        <BodyPreview state={state} />
      </fieldset>
      <fieldset>
        <legend>{p.fieldset.publication}</legend>
        <ChoiceField
          id="page-status"
          name="status"
          legend={p.fields.status}
          options={(['draft', 'published'] as const).map((status) => ({
            value: status,
            label: p.fields.statuses[status],
          }))}
          value={v.status}
          error={errors.status}
        />
        <Field id="page-inFooter" name="inFooter" label={p.fields.inFooter} check>
          {(props) => <input {...props} type="checkbox" defaultChecked={v.inFooter === 'on'} />}
        </Field>
        {field(
          'footerPosition',
          (props) => (
            <input {...props} defaultValue={v.footerPosition} type="text" inputMode="numeric" />
          ),
          p.fields.footerPositionHint,
        )}
      </fieldset>
      <div className="actions">
        <button type="submit" name="intent" value="save" disabled={pending}>
          {pending ? a.saving : a.save}
        </button>
      </div>
    </form>
  );
}
