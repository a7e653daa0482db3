import { parseLocalDateTime } from './local-time';
import { MAX_QUERY_CHARS, toMatchExpression } from './search-query';

/** The fields of the search form as the URL carries them (/recherche?q=…&rubrique=…&du=…&au=…&page=N). */
export type SearchValues = { q: string; rubrique: string; du: string; au: string };
export type SearchDateError = 'invalidDate' | 'endBeforeStart';

export type SearchRequest = {
  /** What the form shows back to the reader. */
  values: SearchValues;
  /** The FTS5 expression, or null when no word was given. */
  match: string | null;
  from: Date | null;
  /** The instant the last day asked for ends: "au 2022-01-12" includes that whole day. */
  before: Date | null;
  page: number;
  errors: Partial<Record<'du' | 'au', SearchDateError>>;
};

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';

/** The instant a day ("2022-01-12", as <input type="date"> sends it) begins in the zone, or null. */
function dayStart(value: string, timeZone: string): Date | null {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? parseLocalDateTime(`${value}T00:00`, timeZone) : null;
}

function nextDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, date + 1)).toISOString().slice(0, 10);
}

/** Reads the search page's query string; anything malformed is either ignored (page) or a field error (dates). */
export function readSearchRequest(
  params: Record<string, string | string[] | undefined>,
  timeZone: string,
): SearchRequest {
  const values: SearchValues = {
    // The search reads no further, and the box shows what was searched.
    q: first(params.q).slice(0, MAX_QUERY_CHARS).toWellFormed(),
    rubrique: first(params.rubrique).slice(0, 100),
    du: first(params.du).trim().slice(0, 20),
    au: first(params.au).trim().slice(0, 20),
  };
  const errors: SearchRequest['errors'] = {};
  const from = values.du ? dayStart(values.du, timeZone) : null;
  if (values.du && !from) errors.du = 'invalidDate';
  const before = values.au && dayStart(values.au, timeZone) ? dayStart(nextDay(values.au), timeZone) : null;
  if (values.au && !before) errors.au = 'invalidDate';
  else if (from && before && before <= from) errors.au = 'endBeforeStart';
  const page = /^[1-9]\d{0,5}$/.test(first(params.page)) ? Number(first(params.page)) : 1;
  return { values, match: toMatchExpression(values.q), from, before, page, errors };
}
