/**
 * Cost-aware order for multi-day passes (the Angkor Pass): the days with pass places fit the cheapest
 * option for their count (3 days within the 3-day pass's 10, not temples spread over 9 days of 10),
 * and the plan's pass note names that option and exactly those days.
 */
import { cheapestFor } from '@/lib/planner/day-stages/pass-days';
import type { BelievabilityRule } from '../rule';
import { daysBetween } from '@/lib/time/local-time';

export const angkorPassCheapest: BelievabilityRule = {
  name: 'angkor-pass-cheapest',
  violations(itinerary, _request, catalog) {
    const out: string[] = [];
    for (const slug of itinerary.summary.destinations) {
      const destination = catalog.destinationsBySlug.get(slug);
      for (const pass of destination?.passes ?? []) {
        const days = itinerary.days.filter((day) =>
          day.items.some((item) => {
            const fee = item.type === 'visit' && item.placeId ? catalog.places.get(item.placeId)?.place.fee : undefined;
            return fee?.kind === 'pass' && fee.passId === pass.id;
          }),
        );
        if (days.length === 0) continue;
        const option = cheapestFor(pass, days.length);
        const span = daysBetween((days[0] as { date: string }).date, (days[days.length - 1] as { date: string }).date) + 1;
        if (option.days < days.length || span > option.validForDays) {
          out.push(`${pass.id} on ${days.length} days over ${span}: no ${option.days}-day option (valid ${option.validForDays}) covers them`);
        }
        const dayList = days.map((d) => d.dayNumber).join(', ');
        const note = itinerary.warnings.find((w) => w.code === 'pass_days' && (w.text.params?.pass as { text: { en: string } } | undefined)?.text.en === pass.name.en);
        if (!note) out.push(`${pass.id}: no pass note`);
        else if (note.text.params?.days !== option.days || note.text.params?.dayList !== dayList) {
          out.push(`${pass.id}: note says ${String(note.text.params?.days)}-day on days ${String(note.text.params?.dayList)}, plan uses days ${dayList} (${option.days}-day)`);
        }
      }
    }
    return out;
  },
};
