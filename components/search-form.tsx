import type { Section } from '@/db/taxonomy';
import { t } from '@/lib/i18n';
import type { SearchRequest } from '@/lib/search-form';
import { MAX_QUERY_CHARS } from '@/lib/search-query';

/** The search page's own form, with the reader's words and filters shown back; a plain GET form. */
export function SearchForm({ request, sections }: { request: SearchRequest; sections: Section[] }) {
  const { values, errors } = request;
  const dateField = (field: 'du' | 'au', label: string) => {
    const error = errors[field];
    return (
      <div className="field">
        <label htmlFor={`recherche-${field}`}>{label}</label>
        <input
          id={`recherche-${field}`}
          type="date"
          name={field}
          defaultValue={values[field]}
          aria-invalid={error ? true : undefined}
          aria-describedby={[error ? `recherche-${field}-erreur` : null, 'recherche-dates-aide']
            .filter(Boolean)
            .join(' ')}
        />
        {error && (
          <p id={`recherche-${field}-erreur`} className="field-error">
            {t.search.errors[error]}
          </p>
        )}
      </div>
    );
  };
  return (
    <form role="search" aria-label={t.search.formLabel} action="/recherche" method="get" className="search-form">
      {Object.keys(errors).length > 0 && <p className="form-error">{t.search.errorSummary}</p>}
      <div className="field search-form__query">
        <label htmlFor="recherche-q">{t.search.query}</label>
        <input id="recherche-q" type="search" name="q" defaultValue={values.q} maxLength={MAX_QUERY_CHARS} />
      </div>
      <div className="field">
        <label htmlFor="recherche-rubrique">{t.search.section}</label>
        <select
          id="recherche-rubrique"
          name="rubrique"
          defaultValue={sections.some((section) => section.slug === values.rubrique) ? values.rubrique : ''}
        >
          <option value="">{t.search.allSections}</option>
          {sections.map((section) => (
            <option key={section.slug} value={section.slug}>
              {section.name}
            </option>
          ))}
        </select>
      </div>
      {dateField('du', t.search.from)}
      {dateField('au', t.search.to)}
      <p id="recherche-dates-aide" className="hint search-form__hint">
        {t.search.dateHint}
      </p>
      <button type="submit">{t.search.submit}</button>
    </form>
  );
}
