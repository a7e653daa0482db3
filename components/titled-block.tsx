import type { ReactNode } from 'react';

/** A block of a page under its own heading, which names the block for screen readers' landmarks. */
export function TitledBlock({
  id,
  title,
  className,
  children,
}: {
  id: string;
  title: ReactNode;
  className: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className="block-title">
        {title}
      </h2>
      {children}
    </section>
  );
}
