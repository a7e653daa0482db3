import { or, sql, type SQL, type SQLWrapper } from 'drizzle-orm';

/** Any of the columns containing the text as typed: LIKE's own wildcards (%, _) are escaped, case folded for ASCII. */
export function containing(columns: SQLWrapper[], text: string): SQL {
  const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return or(...columns.map((column) => sql`${column} like ${pattern} escape '\\'`))!;
}
