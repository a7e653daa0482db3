import { Children, type ReactNode } from 'react';

/** A staff table: one header row naming its columns, then the rows it is given, or the sentence saying there are none. */
export function AdminTable({
  columns,
  empty,
  className = 'admin-table',
  children,
}: {
  columns: ReactNode[];
  /** Where the list may be empty: what to say instead of an empty table. */
  empty?: string;
  className?: string;
  children: ReactNode[];
}) {
  if (empty && Children.count(children) === 0) return <p>{empty}</p>;
  return (
    <table className={className}>
      <thead>
        <tr>
          {columns.map((column, index) => (
            <th scope="col" key={index}>
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}
