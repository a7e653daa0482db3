import { snippetParts } from '@/lib/search-highlight';

/** The passage around the matched words, each in a <mark>: only text nodes, whatever the article says. */
export function SearchSnippet({ snippet }: { snippet: string }) {
  if (!snippet) return null;
  return (
    <p className="search-snippet">
      {snippetParts(snippet).map((part, i) => (part.marked ? <mark key={i}>{part.text}</mark> : part.text))}
    </p>
  );
}
