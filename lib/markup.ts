/** Text as HTML or XML character data and attribute values: the five characters with a meaning escaped. */
export function escapeMarkup(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

// Characters XML 1.0 forbids even escaped (C0 controls but TAB, LF, CR; lone surrogates; U+FFFE/F):
// one of them in a title would make a whole feed or sitemap unreadable.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text a strict XML parser accepts, escaped. */
export function escapeXml(text: string): string {
  return escapeMarkup(text.toWellFormed().replace(NOT_XML, ''));
}
