import { t } from '@/lib/i18n';

const l = t.admin.team.link;

/** A single-use link shown once to the admin who created it, selectable to copy and pass on. */
export function LinkResult({
  id,
  message,
  url,
  expires,
}: {
  id: string;
  message: string;
  url: string;
  expires: string;
}) {
  return (
    <div className="flash" role="status">
      <p>{message}</p>
      <div className="field">
        <label htmlFor={id}>{l.label}</label>
        <input id={id} type="text" readOnly value={url} aria-describedby={`${id}-aide`} spellCheck={false} />
        <p id={`${id}-aide`} className="hint">
          {l.expires(expires)}
        </p>
      </div>
    </div>
  );
}
