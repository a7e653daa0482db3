import type { ReactNode } from 'react';

/** A staff table: one header row naming its columns, then the rows it is given. */
export function AdminTable({
  columns,
  className = 'admin-table',
  children,
}: {
  columns: ReactNode[];
  className?: string;
  children: ReactNode;
}) {
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
