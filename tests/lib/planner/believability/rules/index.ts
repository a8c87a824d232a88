/** Every believability rule, in the order of the list. Add a rule here when you add its file. */
import type { BelievabilityRule } from '../rule';
import { angkorPassCheapest } from './angkor-pass-cheapest';
import { familiesNoNightlifeNoLateNights } from './families';
import { transfersDirect } from './transfers-direct';

export const RULES: readonly BelievabilityRule[] = [familiesNoNightlifeNoLateNights, angkorPassCheapest, transfersDirect];
