/** Up to two initials of a display name, for an avatar drawn with no external service and nothing from the e-mail. */
export function initials(name: string): string {
  const letters = name
    .split(/[\s\-–—_.]+/u)
    .map((word) => word.match(/[\p{L}\p{N}]/u)?.[0] ?? '')
    .filter(Boolean);
  if (letters.length === 0) return '?';
  return (letters.length === 1 ? letters[0] : letters[0] + letters[letters.length - 1]).toLocaleUpperCase('fr-FR');
}

/** A stable hue for a name, so one commenter's avatar keeps its colour. */
export function avatarHue(name: string): number {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.codePointAt(0)!) % 360;
  return hash;
}
