import type { CommentStatus } from './vocabulary';

// The import's report, in French like the rest of the newsroom's tools.

export type ImportProblem = { line: number; item: string; message: string };
export type ImportSummary = {
  dryRun: boolean;
  wxrVersion: string;
  authors: { created: number; reused: number };
  sections: { created: number; reused: number };
  tags: { created: number; reused: number };
  posts: { imported: number; updated: number; unchanged: number; skipped: Record<string, number> };
  pages: { imported: number; updated: number; unchanged: number };
  comments: {
    imported: number;
    updated: number;
    unchanged: number;
    byStatus: Record<CommentStatus, number>;
    replies: number;
    flattened: number;
    skipped: Record<string, number>;
  };
  redirects: number;
  /** Pictures of the old site: copied into the media store (--uploads), missing from the uploads folder, or left at their old address. */
  images: { copied: number; missing: number; kept: number };
  heroes: number;
  unknownShortcodes: Record<string, number>;
  notes: ImportProblem[];
  problems: ImportProblem[];
};

const list = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([key, n]) => `${key} ${n}`)
    .join(', ') || 'aucun';

export function formatImportSummary(summary: ImportSummary): string {
  const { posts, pages, comments } = summary;
  const lines = [
    summary.dryRun ? 'Essai à blanc (--dry-run) : rien n’a été écrit.' : 'Import terminé.',
    `Export WXR ${summary.wxrVersion}`,
    `Articles : ${posts.imported} importés, ${posts.updated} mis à jour, ${posts.unchanged} inchangés ; ignorés : ${list(posts.skipped)}`,
    `Pages : ${pages.imported} importées, ${pages.updated} mises à jour, ${pages.unchanged} inchangées`,
    `Commentaires : ${comments.imported} importés, ${comments.updated} mis à jour, ${comments.unchanged} inchangés ; par statut : ${list(comments.byStatus)} ; ${comments.replies} réponses dont ${comments.flattened} ramenées à la profondeur du fil ; ignorés : ${list(comments.skipped)}`,
    `Auteurs : ${summary.authors.created} créés, ${summary.authors.reused} retrouvés ; rubriques : ${summary.sections.created} créées, ${summary.sections.reused} retrouvées ; mots-clés : ${summary.tags.created} créés, ${summary.tags.reused} retrouvés`,
    `Anciennes adresses redirigées : ${summary.redirects}`,
    `Images : ${summary.images.copied} copiées, ${summary.images.missing} introuvables dans le dossier des fichiers envoyés, ${summary.images.kept} laissées à leur adresse WordPress ; images à la une posées : ${summary.heroes}`,
  ];
  if (Object.keys(summary.unknownShortcodes).length)
    lines.push(`Shortcodes inconnus retirés : ${list(summary.unknownShortcodes)}`);
  for (const note of summary.notes) lines.push(`Note, ligne ${note.line}, ${note.item} : ${note.message}`);
  if (summary.problems.length) lines.push(`${summary.problems.length} élément(s) non importé(s) :`);
  for (const problem of summary.problems) lines.push(`  ligne ${problem.line}, ${problem.item} : ${problem.message}`);
  return lines.join('\n');
}

/** "1 234 éléments, 5 678 commentaires, 320/s, reste 0:42" for the progress line. */
export function formatProgress(
  progress: { items: number; comments: number },
  done: { bytes: number; total: number },
  elapsedMs: number,
): string {
  const rate = elapsedMs > 0 ? Math.round((progress.items * 1000) / elapsedMs) : 0;
  const fraction = done.total > 0 ? done.bytes / done.total : 0;
  const remaining = fraction > 0 ? Math.round((elapsedMs * (1 - fraction)) / fraction / 1000) : 0;
  const eta = `${Math.floor(remaining / 60)}:${String(remaining % 60).padStart(2, '0')}`;
  return `${Math.round(fraction * 100)} % — ${progress.items} éléments, ${progress.comments} commentaires, ${rate}/s, reste ${eta}`;
}
