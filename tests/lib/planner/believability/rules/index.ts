/** Every believability rule, in the order of the list. Add a rule here when you add its file. */
import type { BelievabilityRule } from '../rule';
import { familiesNoNightlifeNoLateNights } from './families';
import { fullDaysUsed } from './full-days-used';
import { travelShare } from './travel-share';

export const RULES: readonly BelievabilityRule[] = [familiesNoNightlifeNoLateNights, travelShare, fullDaysUsed];
