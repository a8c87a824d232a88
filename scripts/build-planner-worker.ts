/** `npm run build`, after `next build`: writes the planner worker's bundle (scripts/lib/planner-worker-bundle.ts). */
import { buildPlannerWorker } from './lib/planner-worker-bundle';

buildPlannerWorker();
