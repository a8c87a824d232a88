import { notFound } from 'next/navigation';

// Unknown paths under a locale get the translated 404 (app/[locale]/not-found.tsx), not the bare global one.
export default function CatchAllPage() {
  notFound();
}
