import { siteRevalidationToken } from '@/app/_server/site-revalidation';

const LATER = 'Sans cela, ses pages se mettent à jour d’elles-mêmes : les listes en une minute, les articles en cinq.';

/**
 * Asks the running site to regenerate every page after a command changed the content; says what happened,
 * and how to make the pages current when the site could not be reached.
 */
export async function revalidateRunningSite(siteUrl: string): Promise<string> {
  try {
    const response = await fetch(`${siteUrl}/api/revalidation`, {
      method: 'POST',
      headers: { authorization: `Bearer ${siteRevalidationToken()}` },
      signal: AbortSignal.timeout(10_000),
    });
    if (response.ok)
      return `Le site (${siteUrl}) régénère ses pages : elles montrent l’import dès leur prochaine visite.`;
    return `Le site (${siteUrl}) a refusé la demande de mise à jour (HTTP ${response.status}) : il doit partager AUTH_SECRET (ou secret.key) avec cette commande. ${LATER}`;
  } catch {
    return `Le site ne répond pas à ${siteUrl} (s’il tourne à une autre adresse : --site <adresse>). ${LATER}`;
  }
}
