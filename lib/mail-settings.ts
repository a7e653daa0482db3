/** How the site sends e-mail, from the environment (README, Configuration). */
export type MailSettings = {
  /** smtp(s)://user:pass@host:port; unset: each message is written as a .eml file beside the database. */
  smtpUrl: string | null;
  from: string;
  /** The wait before each new attempt; a message that failed once more than there are delays is marked failed. */
  retryDelaysMs: number[];
  /** How often the worker looks for messages due. */
  pollMs: number;
};

const DEFAULT_RETRY_SECONDS = [60, 300, 1_800, 7_200, 21_600];

function retryDelays(text: string | undefined): number[] {
  if (!text?.trim()) return DEFAULT_RETRY_SECONDS.map((s) => s * 1_000);
  const delays = text.split(',').map((part) => Number(part.trim()));
  if (delays.some((delay) => !Number.isFinite(delay) || delay < 0)) return DEFAULT_RETRY_SECONDS.map((s) => s * 1_000);
  return delays.map((seconds) => seconds * 1_000);
}

export function mailSettings(env: Record<string, string | undefined>, siteName: string, siteUrl: string): MailSettings {
  const host = (() => {
    try {
      return new URL(siteUrl).hostname;
    } catch {
      return 'localhost';
    }
  })();
  return {
    smtpUrl: env.SMTP_URL?.trim() || null,
    from: env.MAIL_FROM?.trim() || `${siteName} <ne-pas-repondre@${host}>`,
    retryDelaysMs: retryDelays(env.MAIL_RETRY_SECONDS),
    pollMs: Math.max(50, Number(env.MAIL_POLL_MS) || 5_000),
  };
}

/** When a message that failed its `attempts`-th time is tried again, or null: it has failed for good. */
export function nextAttemptAt(attempts: number, delaysMs: number[], now: Date): Date | null {
  const delay = delaysMs[attempts - 1];
  return delay === undefined ? null : new Date(now.getTime() + delay);
}
