import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '@/db/client';
import { getPlan } from '@/db/queries/plans';
import { localizeItinerary } from '@/lib/i18n/localize-itinerary';
import v1 from '../fixtures/itinerary-v1-ko-seoul-jeju.json';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bridgeway-upgrade-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('opening a database with plans saved before language-neutral itineraries', () => {
  it('upgrades every version-1 revision in place, once, losing none', () => {
    const file = path.join(dir, 'app.db');
    const first = openDatabase(file);
    first.$client.prepare("insert into plans (id, edit_token_hash, current_revision) values ('OLDPLANOLDPLANOLDPLAN1', 'h', 2)").run();
    const insert = first.$client.prepare("insert into plan_revisions (plan_id, revision, request, itinerary, change) values ('OLDPLANOLDPLANOLDPLAN1', ?, ?, ?, ?)");
    insert.run(1, JSON.stringify(v1.request), JSON.stringify(v1), 'created');
    insert.run(2, JSON.stringify(v1.request), JSON.stringify({ ...v1, summary: { ...v1.summary, score: 1 } }), 'replanned');
    first.$client.close();

    const db = openDatabase(file);
    const versions = db.$client.prepare("select json_extract(itinerary, '$.schemaVersion') from plan_revisions order by revision").pluck().all();
    expect(versions).toEqual([2, 2]);
    const plan = getPlan(db, 'OLDPLANOLDPLANOLDPLAN1');
    expect(plan.revision).toBe(2);
    expect(plan.itinerary.summary.score).toBe(1);
    expect(localizeItinerary(plan.itinerary, 'ko').days.flatMap((d) => d.items.map((i) => i.name))).toEqual(v1.days.flatMap((d) => d.items.map((i) => i.name)));
    db.$client.close();
    // A second open finds nothing left to upgrade and changes nothing.
    const again = openDatabase(file);
    expect(getPlan(again, 'OLDPLANOLDPLANOLDPLAN1').itinerary).toEqual(plan.itinerary);
    again.$client.close();
  });
});
