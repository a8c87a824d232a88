/** Every believability rule, in the order of the list. Add a rule here when you add its file. */
import type { BelievabilityRule } from '../rule';
import { angkorPassCheapest } from './angkor-pass-cheapest';
import { familiesNoNightlifeNoLateNights } from './families';
import { familyRest } from './family-rest';
import { fullDaysUsed } from './full-days-used';
import { mealsAtPlaces } from './meals-at-places';
import { noDinnerInTheTemplePark } from './no-dinner-in-the-temple-park';
import { noOutdoorTemplesAtHotNoon } from './no-outdoor-temples-at-hot-noon';
import { noSunriseOnDepartureOrConsecutiveDays } from './no-sunrise-on-departure-or-consecutive-days';
import { openOnTheDay } from './open-on-the-day';
import { sunTimesRule } from './sun-times';
import { travelShare } from './travel-share';
import { transfersDirect } from './transfers-direct';

export const RULES: readonly BelievabilityRule[] = [
  sunTimesRule,
  noSunriseOnDepartureOrConsecutiveDays,
  familiesNoNightlifeNoLateNights,
  familyRest,
  noOutdoorTemplesAtHotNoon,
  openOnTheDay,
  mealsAtPlaces,
  noDinnerInTheTemplePark,
  angkorPassCheapest,
  fullDaysUsed,
  travelShare,
  transfersDirect,
];
