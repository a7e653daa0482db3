import { serializeJsonLd, type JsonLdObject } from '@/lib/structured-data';

/** Structured data for search engines; serializeJsonLd escapes "<" so no text can close the script element. */
export function JsonLd({ data }: { data: JsonLdObject }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
