import { config } from './config';

const dateFormat = new Intl.DateTimeFormat(config.locale, {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: config.timeZone,
});
const timeParts = new Intl.DateTimeFormat(config.locale, {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: config.timeZone,
});

/** "12 janvier 2022" in the newsroom's time zone. */
export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

/** "12 janvier 2022 à 10 h 05", the French press style. */
export function formatDateTime(date: Date): string {
  const parts = timeParts.formatToParts(date);
  const hour = parts.find((p) => p.type === 'hour')?.value ?? '00';
  const minute = parts.find((p) => p.type === 'minute')?.value ?? '00';
  return `${formatDate(date)} à ${Number(hour)} h ${minute}`;
}
