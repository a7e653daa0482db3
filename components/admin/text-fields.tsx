'use client';

import type { ReactNode } from 'react';
import type { ControlProps } from '../field';
import { PictureInserter, type PickablePicture } from './picture-inserter';

type FieldOf = (
  name: 'title' | 'slug' | 'bodyMarkdown',
  control: (props: ControlProps) => ReactNode,
  hint?: string,
) => ReactNode;

/**
 * An editor's title and address, laid out by the editor's own `field` (its ids, labels and errors), with what the
 * form was read at: the item (none for a new one) and its version, so a save over a later one is refused.
 */
export function TitleFields({
  field,
  values,
  slugHint,
  id,
  version,
}: {
  field: FieldOf;
  values: { title: string; slug: string };
  slugHint: string;
  id: number | null;
  version: number | null;
}) {
  return (
    <>
      {id && <input type="hidden" name="id" value={id} />}
      {version && <input type="hidden" name="version" value={version} />}
      {field('title', (props) => (
        <input {...props} defaultValue={values.title} type="text" required />
      ))}
      {field(
        'slug',
        (props) => (
          <input {...props} defaultValue={values.slug} type="text" spellCheck={false} />
        ),
        slugHint,
      )}
    </>
  );
}

/** The Markdown body, with the library's pictures to place at the cursor. */
export function BodyField({
  field,
  value,
  hint,
  textareaId,
  pictures,
}: {
  field: FieldOf;
  value: string;
  hint: string;
  textareaId: string;
  pictures: PickablePicture[];
}) {
  return (
    <>
      {field(
        'bodyMarkdown',
        (props) => (
          <textarea {...props} defaultValue={value} rows={18} required />
        ),
        hint,
      )}
      <PictureInserter pictures={pictures} textareaId={textareaId} />
    </>
  );
}
