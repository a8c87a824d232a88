import { ItinerarySkeleton } from '@/components/itinerary/itinerary-skeleton';

export default function Loading() {
  return <ItinerarySkeleton />;
}
