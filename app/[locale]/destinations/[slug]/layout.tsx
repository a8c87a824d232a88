import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { findDestination } from '@/lib/data/catalog';

/**
 * Answers a real 404 for an unknown destination slug: checked here, above the segment's loading
 * boundary, before the response starts streaming (the page's own check would come too late for the
 * status, since every page renders per request). The destinations list keeps its loading boundary
 * in the (list) group so that it does not wrap this segment.
 */
export default async function DestinationLayout({ children, params }: { children: ReactNode; params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  if (!findDestination(slug)) notFound();
  return children;
}
