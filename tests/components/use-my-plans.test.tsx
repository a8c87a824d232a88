// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { forgetPlan, MY_PLANS_KEY, readMyPlans, rememberPlan, useMyPlans } from '@/components/plans/use-my-plans';

const PLAN = { id: 'AAAAAAAAAAAAAAAAAAAAAA', title: 'Seoul & Jeju', startDate: '2026-12-20', days: 6 };
const OTHER = { id: 'BBBBBBBBBBBBBBBBBBBBBB', title: 'Siem Reap', startDate: '2027-01-10', days: 4 };
const TOKEN = 't'.repeat(43);

function List() {
  const { plans, remove } = useMyPlans();
  return (
    <ul>
      {plans.map((p) => (
        <li key={p.id}>
          {p.title} {p.origin} {p.token ? 'editable' : 'read-only'}
          <button type="button" onClick={() => remove(p.id)}>
            remove {p.id}
          </button>
        </li>
      ))}
    </ul>
  );
}

beforeEach(() => localStorage.clear());
afterEach(cleanup);

describe('My plans storage', () => {
  it('remembers plans newest first, keeps a known token and "created"', () => {
    rememberPlan({ ...PLAN, token: TOKEN, origin: 'created' }, new Date('2026-11-01T10:00:00Z'));
    rememberPlan({ ...OTHER, origin: 'opened' }, new Date('2026-11-02T10:00:00Z'));
    expect(readMyPlans().map((p) => p.id)).toEqual([OTHER.id, PLAN.id]);

    // Opening the view link again (no token) moves it to the top without losing the token.
    rememberPlan({ ...PLAN, title: 'Seoul & Jeju, again', origin: 'opened' }, new Date('2026-11-03T10:00:00Z'));
    expect(readMyPlans()[0]).toEqual({ ...PLAN, title: 'Seoul & Jeju, again', token: TOKEN, origin: 'created', seenAt: '2026-11-03T10:00:00.000Z' });

    forgetPlan(PLAN.id);
    expect(readMyPlans().map((p) => p.id)).toEqual([OTHER.id]);
  });

  it('reads a damaged or foreign value as an empty list', () => {
    localStorage.setItem(MY_PLANS_KEY, '{not json');
    expect(readMyPlans()).toEqual([]);
    localStorage.setItem(MY_PLANS_KEY, JSON.stringify([{ id: 1 }, { ...PLAN, origin: 'weird', seenAt: 'x' }]));
    expect(readMyPlans()).toEqual([{ ...PLAN, origin: 'opened', seenAt: 'x' }]);
  });

  it('re-renders on changes in this tab and in other tabs, and removes', () => {
    render(
      <StrictMode>
        <List />
      </StrictMode>,
    );
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
    act(() => rememberPlan({ ...PLAN, token: TOKEN, origin: 'created' }));
    expect(screen.getByRole('listitem').textContent).toContain('Seoul & Jeju created editable');

    // Another tab writes the list: the storage event brings it here.
    act(() => {
      localStorage.setItem(MY_PLANS_KEY, JSON.stringify([{ ...OTHER, origin: 'opened', seenAt: '2026-11-02T10:00:00Z' }]));
      window.dispatchEvent(new StorageEvent('storage', { key: MY_PLANS_KEY }));
    });
    expect(screen.getByRole('listitem').textContent).toContain('Siem Reap opened read-only');

    act(() => screen.getByRole('button', { name: `remove ${OTHER.id}` }).click());
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
    expect(localStorage.getItem(MY_PLANS_KEY)).toBe('[]');
  });
});
