import { t } from '@/lib/i18n';

/** Plain links to each network's own share page: no third-party script is ever loaded. */
export function ShareLinks({ url, title }: { url: string; title: string }) {
  const u = encodeURIComponent(url);
  const text = encodeURIComponent(title);
  const links = [
    {
      href: `https://wa.me/?text=${encodeURIComponent(`${title} ${url}`)}`,
      label: t.article.shareWhatsApp,
      name: 'WhatsApp',
    },
    { href: `https://www.facebook.com/sharer/sharer.php?u=${u}`, label: t.article.shareFacebook, name: 'Facebook' },
    { href: `https://x.com/intent/post?url=${u}&text=${text}`, label: t.article.shareX, name: 'X' },
    { href: `mailto:?subject=${text}&body=${u}`, label: t.article.shareEmail, name: 'E-mail' },
  ];
  return (
    <section className="share" aria-labelledby="partager">
      <h2 id="partager" className="share__title">
        {t.article.share}
      </h2>
      <ul>
        {links.map((link) => (
          <li key={link.name}>
            <a href={link.href} aria-label={link.label} rel="noopener noreferrer" target="_blank">
              {link.name}
            </a>
          </li>
        ))}
      </ul>
      <label className="share__copy">
        <span>{t.article.copyLink}</span>
        <input type="url" readOnly value={url} aria-describedby="copier-aide" />
      </label>
      <p id="copier-aide" className="hint">
        {t.article.copyLinkHint}
      </p>
    </section>
  );
}
