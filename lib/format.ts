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

/** "12 janvier 2022", "1er décembre 2026" (French writes the first of the month as an ordinal), in the newsroom's time zone. */
export function formatDate(date: Date): string {
  return dateFormat
    .formatToParts(date)
    .map((part) => (part.type === 'day' && Number(part.value) === 1 ? '1er' : part.value))
    .join('');
}

/** "10 h 05" in the newsroom's time zone, the French press style. */
export function formatTime(date: Date): string {
  const parts = timeParts.formatToParts(date);
  const hour = parts.find((p) => p.type === 'hour')?.value ?? '00';
  const minute = parts.find((p) => p.type === 'minute')?.value ?? '00';
  return `${Number(hour)} h ${minute}`;
}

/** "12 janvier 2022 à 10 h 05". */
export function formatDateTime(date: Date): string {
  return `${formatDate(date)} à ${formatTime(date)}`;
}
