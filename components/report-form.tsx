import { reportReasons } from '@/lib/vocabulary';
import { t } from '@/lib/i18n';

/** The report form of one comment, opened by its "Signaler" link: a plain form that works without JavaScript. */
export function ReportForm({
  commentId,
  action,
}: {
  commentId: number;
  action: (formData: FormData) => Promise<void>;
}) {
  return (
    <form action={action} className="report">
      <input type="hidden" name="commentId" value={commentId} />
      <label htmlFor={`motif-${commentId}`}>{t.comments.reportReason}</label>
      <select id={`motif-${commentId}`} name="reason" defaultValue="spam">
        {reportReasons.map((reason) => (
          <option key={reason} value={reason}>
            {t.comments.reportReasons[reason]}
          </option>
        ))}
      </select>
      <button type="submit" className="button-secondary">
        {t.comments.reportSubmit}
      </button>
    </form>
  );
}
