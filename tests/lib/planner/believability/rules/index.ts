/** Every believability rule, in the order of the list. Add a rule here when you add its file. */
import type { BelievabilityRule } from '../rule';
import { angkorPassCheapest } from './angkor-pass-cheapest';
import { familiesNoNightlifeNoLateNights } from './families';
import { transfersDirect } from './transfers-direct';
import { noOutdoorTemplesAtHotNoon } from './no-outdoor-temples-at-hot-noon';
import { noSunriseOnDepartureOrConsecutiveDays } from './no-sunrise-on-departure-or-consecutive-days';
import { openOnTheDay } from './open-on-the-day';
import { sunTimesRule } from './sun-times';

export const RULES: readonly BelievabilityRule[] = [
  sunTimesRule,
  noSunriseOnDepartureOrConsecutiveDays,
  familiesNoNightlifeNoLateNights,
  noOutdoorTemplesAtHotNoon,
  openOnTheDay,
  angkorPassCheapest,
  transfersDirect,
];
