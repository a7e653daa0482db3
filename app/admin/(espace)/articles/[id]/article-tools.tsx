import { StaffTextForm } from '@/components/admin/staff-text-form';
import type { Correction } from '@/db/corrections';
import { formatDate, formatDateTime } from '@/lib/format';
import { t } from '@/lib/i18n';
import { PREVIEW_LINK_DAYS } from '@/lib/preview-link';
import { siteUrl } from '@/lib/site-url';
import { TRASH_KEPT_DAYS } from '@/lib/trash';
import { addCorrectionAction, createPreviewLinkAction, restoreArticleAction, trashArticleAction } from './actions';

const w = t.admin.writing;

/** The article in the trash: when it went, and the way back. */
export function TrashNotice({ articleId, trashedAt }: { articleId: number; trashedAt: Date }) {
  return (
    <form action={restoreArticleAction} className="notice">
      <p>{w.trash.inTrash(formatDateTime(trashedAt), TRASH_KEPT_DAYS)}</p>
      <input type="hidden" name="id" value={articleId} />
      <button type="submit">{w.trash.restore}</button>
    </form>
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
      <form action={createPreviewLinkAction}>
        <input type="hidden" name="id" value={articleId} />
        <p className="hint">{w.preview.shareHint(PREVIEW_LINK_DAYS)}</p>
        <button type="submit" className="button-secondary">
          {w.preview.share}
        </button>
      </form>
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
      <form action={trashArticleAction}>
        <input type="hidden" name="id" value={articleId} />
        <p className="hint">{w.trash.moveHint(TRASH_KEPT_DAYS)}</p>
        <button type="submit" className="button-danger">
          {w.trash.move}
        </button>
      </form>
    </section>
  );
}
