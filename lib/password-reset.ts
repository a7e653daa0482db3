/*
 * "Mot de passe oublié" sends e-mail to whatever address is typed: limits keep it from becoming a way to
 * flood someone's inbox, or to probe many addresses from one client. Requests past a limit get the same
 * answer as the others and send nothing.
 */
export const RESET_WINDOW_MS = 3_600_000;
export const MAX_RESETS_PER_ADDRESS = 3;
export const MAX_RESETS_PER_CLIENT = 10;

export function resetRequestAllowed(recent: { address: number; client: number }): boolean {
  return recent.address < MAX_RESETS_PER_ADDRESS && recent.client < MAX_RESETS_PER_CLIENT;
}
