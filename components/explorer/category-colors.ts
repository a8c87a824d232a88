import type { PlaceCategory } from '@/lib/data/schema';

/**
 * One colour per category, shared by the map pins, the list badges and the filter chips so they
 * read as one legend. All give white text at least 5:1 contrast (pins carry white numbers).
 */
export const CATEGORY_COLORS: Record<PlaceCategory, string> = {
  temple: '#9a4a12',
  palace: '#8e2f3d',
  museum: '#3b4f99',
  memorial: '#4f5656',
  nature: '#2b6b43',
  viewpoint: '#0b6676',
  market: '#a8402b',
  food: '#8a5a00',
  neighbourhood: '#6a3f9c',
  beach: '#0f6a96',
  nightlife: '#3d2f6b',
  park: '#48701f',
  shopping: '#9c3560',
};
