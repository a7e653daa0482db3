import type { Metadata } from 'next';
import { siteMetadata } from '@/lib/page-metadata';
import { SiteChrome } from './site-chrome';

export const metadata: Metadata = siteMetadata();

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return <SiteChrome>{children}</SiteChrome>;
}
