import type { Metadata } from 'next';
import { siteMetadata } from '@/lib/page-metadata';

export const metadata: Metadata = siteMetadata();

/** The search page draws the site's chrome itself (SiteChrome), with the words searched in the header's box. */
export default function SearchLayout({ children }: { children: React.ReactNode }) {
  return children;
}
