/** Every believability rule, in the order of the list. Add a rule here when you add its file. */
import type { BelievabilityRule } from '../rule';
import { familiesNoNightlifeNoLateNights } from './families';
import { familyRest } from './family-rest';
import { mealsAtPlaces } from './meals-at-places';
import { noDinnerInTheTemplePark } from './no-dinner-in-the-temple-park';

export const RULES: readonly BelievabilityRule[] = [familiesNoNightlifeNoLateNights, familyRest, mealsAtPlaces, noDinnerInTheTemplePark];
