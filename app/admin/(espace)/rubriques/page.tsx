import type { Metadata } from 'next';
import { requireStaff } from '@/app/_server/staff-guard';
import { listSectionsWithCounts, listTagsWithCounts } from '@/db/staff-taxonomy';
import { t } from '@/lib/i18n';
import { deleteSectionAction, deleteTagAction, saveSectionAction, saveTagAction } from './actions';
import { ButtonForm } from '@/components/admin/button-form';

const x = t.admin.taxonomy;

export const metadata: Metadata = { title: x.title };

const results = {
  saved: x.saved,
  removed: x.removed,
  invalid: x.invalid,
  taken: x.taken,
  inUse: x.inUse,
  missing: x.invalid,
};

function NameFields({ prefix, name, slug }: { prefix: string; name: string; slug: string }) {
  return (
    <>
      <div className="field">
        <label htmlFor={`${prefix}-nom`}>{x.name}</label>
        <input id={`${prefix}-nom`} name="name" type="text" required maxLength={80} defaultValue={name} />
      </div>
      <div className="field">
        <label htmlFor={`${prefix}-slug`}>{x.slug}</label>
        <input id={`${prefix}-slug`} name="slug" type="text" maxLength={80} defaultValue={slug} spellCheck={false} />
      </div>
    </>
  );
}

function RemoveForm({ action, id, name }: { action: (formData: FormData) => Promise<void>; id: number; name: string }) {
  return (
    <ButtonForm
      action={action}
      fields={{ id }}
      label={x.remove}
      accessibleName={`${x.remove} ${name}`}
      look="secondary"
    />
  );
}

/** Sections and tags (editors, admins): each a small plain form, so all of it works without JavaScript. */
export default async function TaxonomyPage(props: PageProps<'/admin/rubriques'>) {
  await requireStaff('articles', '/admin/rubriques');
  const done = (await props.searchParams).fait;
  const result = typeof done === 'string' && done in results ? results[done as keyof typeof results] : null;
  return (
    <>
      <h1>{x.title}</h1>
      {result && (
        <p
          className={done === 'saved' || done === 'removed' ? 'flash' : 'form-error'}
          role={done === 'saved' || done === 'removed' ? 'status' : 'alert'}
        >
          {result}
        </p>
      )}
      <section aria-labelledby="rubriques-titre">
        <h2 id="rubriques-titre">{x.sections}</h2>
        <ul className="taxonomy-list">
          {listSectionsWithCounts().map((section) => (
            <li key={section.id}>
              <form action={saveSectionAction} className="taxonomy-row" aria-label={x.editSection(section.name)}>
                <input type="hidden" name="id" value={section.id} />
                <NameFields prefix={`rubrique-${section.id}`} name={section.name} slug={section.slug} />
                <div className="field">
                  <label htmlFor={`rubrique-${section.id}-description`}>{x.description}</label>
                  <input
                    id={`rubrique-${section.id}-description`}
                    name="description"
                    type="text"
                    maxLength={300}
                    defaultValue={section.description}
                  />
                </div>
                <div className="field field--small">
                  <label htmlFor={`rubrique-${section.id}-ordre`}>{x.position}</label>
                  <input
                    id={`rubrique-${section.id}-ordre`}
                    name="position"
                    type="number"
                    min={0}
                    max={999}
                    defaultValue={section.position}
                  />
                </div>
                <button type="submit">{x.save}</button>
                <span className="hint">{x.articles(section.articles)}</span>
              </form>
              {section.articles === 0 && (
                <RemoveForm action={deleteSectionAction} id={section.id} name={section.name} />
              )}
            </li>
          ))}
        </ul>
        <form action={saveSectionAction} className="taxonomy-row" aria-label={x.newSection}>
          <NameFields prefix="rubrique-nouvelle" name="" slug="" />
          <div className="field">
            <label htmlFor="rubrique-nouvelle-description">{x.description}</label>
            <input id="rubrique-nouvelle-description" name="description" type="text" maxLength={300} />
          </div>
          <input type="hidden" name="position" value="0" />
          <button type="submit">{x.add}</button>
        </form>
      </section>
      <section aria-labelledby="mots-cles-titre">
        <h2 id="mots-cles-titre">{x.tags}</h2>
        <ul className="taxonomy-list">
          {listTagsWithCounts().map((tag) => (
            <li key={tag.id}>
              <form action={saveTagAction} className="taxonomy-row" aria-label={x.editTag(tag.name)}>
                <input type="hidden" name="id" value={tag.id} />
                <NameFields prefix={`mot-cle-${tag.id}`} name={tag.name} slug={tag.slug} />
                <button type="submit">{x.save}</button>
                <span className="hint">{x.articles(tag.articles)}</span>
              </form>
              <RemoveForm action={deleteTagAction} id={tag.id} name={tag.name} />
            </li>
          ))}
        </ul>
        <form action={saveTagAction} className="taxonomy-row" aria-label={x.newTag}>
          <NameFields prefix="mot-cle-nouveau" name="" slug="" />
          <button type="submit">{x.add}</button>
        </form>
      </section>
    </>
  );
}
