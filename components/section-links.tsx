/** One list item per section, for the header and footer navigation. */
export function SectionLinks({ sections }: { sections: { slug: string; name: string }[] }) {
  return sections.map((section) => (
    <li key={section.slug}>
      <a href={`/rubrique/${section.slug}`}>{section.name}</a>
    </li>
  ));
}
