// Dates and times in the newsroom's time zone: the publication time staff type, the overview's
// "today" and its 30-day chart. The database counts by UTC hour and these functions sort the hours
// into local days: exact for every zone whose offset is whole hours (Africa/Douala, Europe/Paris…).

const partsFormat = new Map<string, Intl.DateTimeFormat>();

function localParts(date: Date, timeZone: string) {
  let format = partsFormat.get(timeZone);
  if (!format)
    partsFormat.set(
      timeZone,
      (format = new Intl.DateTimeFormat('en-CA', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
        hourCycle: 'h23',
      })),
    );
  const parts = Object.fromEntries(format.formatToParts(date).map((part) => [part.type, part.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** "2026-03-01": the local calendar day of an instant. */
export function dayKey(date: Date, timeZone: string): string {
  const { year, month, day } = localParts(date, timeZone);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** "2026-03-01 14:05:00": an instant on the zone's wall clock (as WordPress writes post_date). */
export function wallClockText(date: Date, timeZone: string): string {
  const { hour, minute, second } = localParts(date, timeZone);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${dayKey(date, timeZone)} ${two(hour)}:${two(minute)}:${two(second)}`;
}

function offsetMs(date: Date, timeZone: string): number {
  const p = localParts(date, timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(date.getTime() / 1000) * 1000;
}

/** The instant a wall-clock time in the zone stands for ("2026-03-01T10:30" typed in Douala → 09:30 UTC). */
function wallClockToInstant(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  timeZone: string,
): Date {
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  // Twice: the offset at a first guess, then at the corrected instant (they differ across a clock change).
  const guess = asUtc - offsetMs(new Date(asUtc), timeZone);
  return new Date(asUtc - offsetMs(new Date(guess), timeZone));
}

/** The value of an <input type="datetime-local"> read in the zone, or null when it is not one. */
export function parseLocalDateTime(value: string, timeZone: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number);
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  const instant = wallClockToInstant(year, month, day, hour, minute, timeZone);
  // 31 February and the like roll over: refused rather than silently moved.
  return dayKey(instant, timeZone) === value.slice(0, 10) ? instant : null;
}

// What the newsroom types: "01/12/2026 10:05", "1/12/2026 à 10 h 05", "01/12/2026, 10:05".
const frenchDateTime = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s*,\s*|\s+(?:à\s+)?)(\d{1,2})\s*[h:]\s*(\d{2})$/i;

/**
 * A date and time typed the French way (day first), or as an ISO value pasted from elsewhere, read in the
 * zone; null when it is neither. The field is plain text because a datetime-local field shows the browser's
 * own format (12/01/2026, 12:21 AM on an English system), not the newsroom's.
 */
export function parseNewsroomDateTime(value: string, timeZone: string): Date | null {
  const match = frenchDateTime.exec(value.trim());
  if (!match) return parseLocalDateTime(value, timeZone);
  const [day, month, year, hour, minute] = match.slice(1);
  const pad = (part: string) => part.padStart(2, '0');
  return parseLocalDateTime(`${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${minute}`, timeZone);
}

/** An instant as the newsroom writes it in the zone: "01/12/2026 10:05". */
export function toNewsroomDateTime(date: Date, timeZone: string): string {
  const p = localParts(date, timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(p.day)}/${pad(p.month)}/${p.year} ${pad(p.hour)}:${pad(p.minute)}`;
}

/** The zone as staff know it: its city and its offset at that instant ("Douala", "UTC+1"). */
export function timeZoneLabel(timeZone: string, at: Date): { city: string; offset: string } {
  const minutes = Math.round(offsetMs(at, timeZone) / 60_000);
  const sign = minutes < 0 ? '−' : '+';
  const hours = Math.floor(Math.abs(minutes) / 60);
  const rest = Math.abs(minutes) % 60;
  const offset = minutes === 0 ? 'UTC' : `UTC${sign}${hours}${rest ? `:${String(rest).padStart(2, '0')}` : ''}`;
  return { city: (timeZone.split('/').pop() ?? timeZone).replaceAll('_', ' '), offset };
}

/** The instant the local day of `date` began. */
export function startOfLocalDay(date: Date, timeZone: string): Date {
  const { year, month, day } = localParts(date, timeZone);
  return wallClockToInstant(year, month, day, 0, 0, timeZone);
}

/** The local days from `days - 1` days ago to today, oldest first, each with its count of the hours falling in it. */
export function countByLocalDay(
  hours: { hour: number; count: number }[],
  now: Date,
  days: number,
  timeZone: string,
): { day: string; count: number }[] {
  const keys: string[] = [];
  // Noon steps back one calendar day at a time whatever the clock changes.
  const noon = new Date(startOfLocalDay(now, timeZone).getTime() + 12 * 3_600_000);
  for (let i = days - 1; i >= 0; i--) keys.push(dayKey(new Date(noon.getTime() - i * 86_400_000), timeZone));
  const totals = new Map(keys.map((key) => [key, 0]));
  for (const { hour, count } of hours) {
    const key = dayKey(new Date(hour * 3_600_000), timeZone);
    if (totals.has(key)) totals.set(key, totals.get(key)! + count);
  }
  return keys.map((day) => ({ day, count: totals.get(day)! }));
}

/** The instant the local hour of `date` began (zones are offset by whole minutes: only the minutes and seconds go). */
export function startOfLocalHour(date: Date, timeZone: string): Date {
  const { minute, second } = localParts(date, timeZone);
  return new Date(Math.floor(date.getTime() / 1000) * 1000 - (minute * 60 + second) * 1000);
}

/** The last instant, at or before `date`, when the zone's clock read `hour`:00. */
export function lastLocalHour(date: Date, hour: number, timeZone: string): Date {
  const today = localParts(date, timeZone);
  const atHour = wallClockToInstant(today.year, today.month, today.day, hour, 0, timeZone);
  if (atHour <= date) return atHour;
  // Noon of the day before, whatever the clock changes.
  const yesterday = localParts(new Date(startOfLocalDay(date, timeZone).getTime() - 12 * 3_600_000), timeZone);
  return wallClockToInstant(yesterday.year, yesterday.month, yesterday.day, hour, 0, timeZone);
}
