import { afterAll, describe, expect, it } from 'vitest';
import { ServiceBusyError, ValidationError } from '@/lib/errors';
import { errorResponse } from '@/lib/http/route-handler';
import { inProcessPlanner, poolPlanner } from '@/lib/planner-pool/planner';
import { PlannerWorkerPool } from '@/lib/planner-pool/worker-pool';
import { planRequest } from '@/lib/planner/request';
import { planEdit } from '@/lib/plans/edits';
import { catalog } from '../planner/support';

// Real worker threads (loaded through tsx from the sources), with the app's catalog.
const pool = new PlannerWorkerPool({ workers: 2, queueLimit: 8 });
const onThreads = poolPlanner(pool);
const inProcess = inProcessPlanner(catalog);
afterAll(() => pool.close());

const request = planRequest.parse({ direction: 'KH_TO_KR', startDate: '2027-04-05', days: 6, destinations: ['seoul', 'gyeongju'], pace: 'packed' });
// Siem Reap is in Cambodia: a trip to Korea cannot go there, and the planner says so with a 400.
const impossible = planRequest.parse({ direction: 'KH_TO_KR', startDate: '2027-04-05', days: 5, destinations: ['siem-reap'] });

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

describe('PlannerWorkerPool', () => {
  it('plans on worker threads exactly what the planner plans in process, for trips and for edits', async () => {
    const [threaded, local] = await Promise.all([onThreads.plan(request), inProcess.plan(request)]);
    expect(threaded).toEqual(local);
    const current = { request, itinerary: local };
    const placeId = local.days[2]!.items.find((item) => item.type === 'visit')!.placeId as string;
    const edit = planEdit.parse({ baseRevision: 1, type: 'remove_place', placeId });
    const [threadedEdit, localEdit] = await Promise.all([onThreads.replan(current, edit), inProcess.replan(current, edit)]);
    expect(threadedEdit).toEqual(localEdit);
    expect(threadedEdit.effects.changes.length).toBeGreaterThan(0);
  }, 60_000);

  it('turns a planner error in a worker into the same ValidationError (400) as in process', async () => {
    const [threaded, local] = await Promise.all([rejection(onThreads.plan(impossible)), rejection(inProcess.plan(impossible))]);
    expect(local).toBeInstanceOf(ValidationError);
    expect(threaded).toBeInstanceOf(ValidationError);
    const [a, b] = [errorResponse(threaded), errorResponse(local)];
    expect(a.status).toBe(400);
    expect(await a.json()).toEqual(await b.json());
    // The thread is still usable after an error.
    expect((await onThreads.plan(request)).days).toHaveLength(6);
  }, 60_000);

  it('refuses a plan with 503 and Retry-After when its queue is full, and plans the ones it took', async () => {
    const small = new PlannerWorkerPool({ workers: 1, queueLimit: 1 });
    try {
      const trips = [3, 4, 5].map((days) => small.run({ kind: 'plan', request: { ...request, days } }));
      const settled = await Promise.allSettled(trips);
      expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'fulfilled', 'rejected']);
      const refused = (settled[2] as PromiseRejectedResult).reason;
      expect(refused).toBeInstanceOf(ServiceBusyError);
      const response = errorResponse(refused);
      expect(response.status).toBe(503);
      expect(Number(response.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect((await response.json()).error.code).toBe('busy');
      // Once the queue has drained, plans are taken again.
      expect((await small.run({ kind: 'plan', request })).days).toHaveLength(6);
    } finally {
      await small.close();
    }
  }, 60_000);
});
