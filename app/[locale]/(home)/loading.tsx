// In the (home) group so this skeleton wraps the home page only: a loading boundary on [locale]
// would also wrap the catch-all 404 and the explorer, and streaming makes their 404s answer 200.
import { PageSkeleton } from '@/components/layout/page-skeleton';

export default function Loading() {
  return <PageSkeleton />;
}
