import { StaffTextForm } from '@/components/admin/staff-text-form';
import type { Correction } from '@/db/corrections';
import { formatDate, formatDateTime } from '@/lib/format';
import { t } from '@/lib/i18n';
import { PREVIEW_LINK_DAYS } from '@/lib/preview-link';
import { siteUrl } from '@/lib/site-url';
import { TRASH_KEPT_DAYS } from '@/lib/trash';
import { addCorrectionAction, createPreviewLinkAction, restoreArticleAction, trashArticleAction } from './actions';
import { ButtonForm } from '@/components/admin/button-form';

const w = t.admin.writing;

/** The article in the trash: when it went, and the way back. */
export function TrashNotice({ articleId, trashedAt }: { articleId: number; trashedAt: Date }) {
  return (
    <ButtonForm action={restoreArticleAction} fields={{ id: articleId }} label={w.trash.restore} className="notice">
      <p>{w.trash.inTrash(formatDateTime(trashedAt), TRASH_KEPT_DAYS)}</p>
    </ButtonForm>
  );
}

/** Previews before publication: the page as readers will see it, and a link to share without an account. */
export function PreviewTools({ articleId, token }: { articleId: number; token: string | null }) {
  return (
    <section aria-labelledby="apercu-outils" className="admin-form">
      <h2 id="apercu-outils">{w.preview.title}</h2>
      <p>
        <a href={`/apercu/article/${articleId}`}>{w.preview.staff}</a>
      </p>
      <ButtonForm action={createPreviewLinkAction} fields={{ id: articleId }} label={w.preview.share} look="secondary">
        <p className="hint">{w.preview.shareHint(PREVIEW_LINK_DAYS)}</p>
      </ButtonForm>
      {token && (
        <div className="field">
          <label htmlFor="apercu-lien">{w.preview.link}</label>
          <input id="apercu-lien" type="text" readOnly value={siteUrl(`/apercu/${token}`)} />
        </div>
      )}
    </section>
  );
}

/** The correction notes of a published article and the form to add one. */
export function CorrectionTools({ articleId, corrections }: { articleId: number; corrections: Correction[] }) {
  return (
    <section id="corrections" aria-labelledby="corrections-outils" className="admin-form">
      <h2 id="corrections-outils">{w.corrections.title}</h2>
      <p className="hint">{w.corrections.hint}</p>
      {corrections.map((correction) => (
        <p key={correction.id}>
          <strong>{t.corrections.note(formatDate(correction.createdAt))}</strong> {correction.note}
        </p>
      ))}
      <StaffTextForm
        action={addCorrectionAction}
        id="correction-note"
        summary={w.corrections.open}
        label={w.corrections.note}
        submit={w.corrections.add}
        hidden={{ id: articleId }}
      />
    </section>
  );
}

/** Deleting: to the trash first, restorable for a while. */
export function TrashTool({ articleId }: { articleId: number }) {
  return (
    <section aria-labelledby="corbeille-outils" className="admin-form">
      <h2 id="corbeille-outils">{w.trash.title}</h2>
      <ButtonForm action={trashArticleAction} fields={{ id: articleId }} label={w.trash.move} look="danger">
        <p className="hint">{w.trash.moveHint(TRASH_KEPT_DAYS)}</p>
      </ButtonForm>
    </section>
  );
}
