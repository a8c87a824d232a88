/**
 * Prints a plan as a traveller reads it, one line per item, to judge plans by eye:
 *   npm run plan:show -- '{"direction":"KR_TO_KH","startDate":"2027-04-10","days":6}' [en|ko|km]
 */
import { getCatalog } from '@/lib/data/catalog';
import { localizeItinerary } from '@/lib/i18n/localize-itinerary';
import { LOCALES, type Locale } from '@/lib/i18n/locale';
import { planTrip } from '@/lib/planner/plan-trip';
import { planRequest } from '@/lib/planner/request';

const [json, language = 'en'] = process.argv.slice(2);
if (!json || !(LOCALES as readonly string[]).includes(language)) {
  console.error('usage: npm run plan:show -- \'<request JSON>\' [en|ko|km]');
  process.exit(2);
}
const itinerary = localizeItinerary(planTrip(planRequest.parse(JSON.parse(json)), getCatalog()), language as Locale);
for (const day of itinerary.days) {
  console.log(`Day ${day.dayNumber} ${day.date} ${day.destination ?? 'travel'} · night: ${day.stay.name}`);
  for (const item of day.items) {
    const note = item.note ? `  [${item.note}]` : '';
    console.log(`  ${item.start.slice(11, 16)}–${item.end.slice(11, 16)} ${item.type.padEnd(8)} ${item.name}${note}`);
  }
}
for (const warning of itinerary.warnings) console.log(`! ${warning.message}`);
const { summary } = itinerary;
console.log(`${summary.places} visits · ${summary.distanceKm} km on the ground · score ${summary.score} · US$${itinerary.costs.totalUsd}`);
