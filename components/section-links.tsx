import Link from 'next/link';

/** One list item per section, for the header and footer navigation. */
export function SectionLinks({ sections }: { sections: { slug: string; name: string }[] }) {
  return sections.map((section) => (
    <li key={section.slug}>
      <Link href={`/rubrique/${section.slug}`}>{section.name}</Link>
    </li>
  ));
}
