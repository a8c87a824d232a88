// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { PlanEditor } from '@/components/plans/plan-editor';
import { MY_PLANS_KEY } from '@/components/plans/use-my-plans';
import type { SavedPlanJson, SavedPlanPageData } from '@/components/plans/plan-types';
import { getCatalog } from '@/lib/data/catalog';
import type { Locale } from '@/lib/i18n/locale';
import { localizeItinerary, type LocalizedItinerary } from '@/lib/i18n/localize-itinerary';
import { planTrip } from '@/lib/planner/plan-trip';
import { planRequest } from '@/lib/planner/request';
import { renderWithIntl } from './render-with-intl';

const refresh = vi.fn();
const push = vi.fn();
vi.mock('next/navigation', () => ({ useRouter: () => ({ refresh, push, replace: vi.fn() }) }));
vi.mock('@/i18n/navigation', () => ({
  Link: ({ href, children, ...rest }: { href: string; children: ReactNode }) => (
    <a href={String(href)} {...rest}>
      {children}
    </a>
  ),
}));
vi.mock('@/components/map/lazy-map-view', () => ({ LazyMapView: () => <div data-testid="map" /> }));

const ID = 'AAAAAAAAAAAAAAAAAAAAAA';
let itinerary: LocalizedItinerary;
let fetchMock: ReturnType<typeof vi.fn>;

beforeAll(() => {
  const request = planRequest.parse({ direction: 'KR_TO_KH', startDate: '2026-12-14', days: 5, destinations: ['phnom-penh', 'siem-reap'] });
  itinerary = localizeItinerary(planTrip(request, getCatalog()), 'en');
});

function data(): SavedPlanPageData {
  return { id: ID, revision: 1, updatedAt: '2026-11-01T10:00:00Z', itinerary, places: {}, destinations: [], rates: { KRW: 1400, KHR: 4100 } };
}

function renderEditor(locale: Locale = 'en') {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const wrap = (ui: ReactNode) => <QueryClientProvider client={client}>{ui}</QueryClientProvider>;
  const placeNames = Object.fromEntries([...getCatalog().places.values()].map(({ place }) => [place.id, place.name[locale]]));
  return renderWithIntl(wrap(<PlanEditor data={data()} addable={[{ id: 'siem-reap-x', name: 'Somewhere', destination: 'Siem Reap' }]} placeNames={placeNames} />), undefined, locale);
}

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
/** Answers the revisions list, and `patch` for the edit. */
function answer(patch: () => Response) {
  fetchMock.mockImplementation(async (url: string, init?: RequestInit) => {
    if (String(url).endsWith('/revisions')) return json(200, { id: ID, revision: 1, revisions: [{ revision: 1, change: 'created', createdAt: '2026-11-01T10:00:00Z' }] });
    if (init?.method === 'PATCH') return patch();
    return json(404, { error: { code: 'not_found', message: 'no' } });
  });
}
const patchCalls = () => fetchMock.mock.calls.filter(([, init]) => (init as RequestInit | undefined)?.method === 'PATCH');
const firstVisit = () => screen.getAllByTestId('timeline-visit')[0] as HTMLElement;
const visitOrder = () => screen.getAllByTestId('timeline-visit').map((li) => li.id);

beforeEach(() => {
  fetchMock = vi.fn();
  vi.stubGlobal('fetch', fetchMock);
  // jsdom has no matchMedia: a desktop-wide window (timeline and map side by side).
  vi.stubGlobal('matchMedia', (query: string) => ({ matches: false, media: query, addEventListener: () => {}, removeEventListener: () => {} }));
  refresh.mockClear();
  push.mockClear();
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe('PlanEditor', () => {
  it('lists revisions in the page\'s language, with place names for ids', async () => {
    const visit = itinerary.days.flatMap((d) => d.items).find((i) => i.type === 'visit')!;
    const catalog = getCatalog();
    const planned = new Set(itinerary.days.flatMap((d) => d.items.map((i) => i.placeId)));
    // A place no longer in the plan (and not of its destinations) is still named, in the page's language.
    const elsewhere = catalog.destinationsBySlug.get('seoul')!.places.find((p) => !planned.has(p.id))!;
    const revisions = [
      { revision: 1, change: 'created', createdAt: '2026-11-01T10:00:00Z' },
      { revision: 2, change: `moved ${visit.placeId} to day 2`, createdAt: '2026-11-01T10:01:00Z', effects: { scope: 'days', changes: [{ day: 2, kind: 'added', placeId: visit.placeId, start: '14:10' }, { day: 1, kind: 'removed', placeId: visit.placeId }] } },
      { revision: 3, change: 'changed days, pace', createdAt: '2026-11-01T10:02:00Z' },
      { revision: 4, change: 'restored revision 1', createdAt: '2026-11-01T10:03:00Z' },
      { revision: 5, change: `removed ${elsewhere.id}`, createdAt: '2026-11-01T10:04:00Z' },
    ];
    fetchMock.mockImplementation(async () => json(200, { id: ID, revision: 5, revisions }));
    renderEditor('ko');
    const list = await screen.findByTestId('revisions');
    const texts = [...list.querySelectorAll(':scope > li')].map((li) => li.textContent ?? '');
    expect(texts[0]).toContain(`${elsewhere.name.ko} 삭제`);
    expect(texts[1]).toContain('수정본 1 복원');
    expect(texts[2]).toContain('여행 일수, 여행 속도 변경');
    expect(texts[3]).toContain(`${catalog.places.get(visit.placeId!)!.place.name.ko}을(를) 2일째로 이동`);
    // What the move did, day by day, is kept with the revision.
    expect(texts[3]).toMatch(new RegExp(`2일차: .*2:10에 ${catalog.places.get(visit.placeId!)!.place.name.ko} 추가`));
    expect(texts[3]).toContain(`1일차: ${catalog.places.get(visit.placeId!)!.place.name.ko} 삭제`);
    expect(texts[4]).toContain('생성');
    expect(texts.join(' ')).not.toMatch(/moved|changed|restored|created/);
  });

  it('offers controls on every visit and sends edits with the base revision', async () => {
    const visits = itinerary.days.flatMap((d) => d.items.filter((i) => i.type === 'visit'));
    const removedOn = itinerary.days.find((d) => d.items.some((i) => i.placeId === visits[0]?.placeId))!.dayNumber;
    const effects = { scope: 'days' as const, changes: [{ day: removedOn, kind: 'removed' as const, placeId: visits[0]!.placeId! }] };
    const saved: SavedPlanJson = { id: ID, revision: 2, change: 'removed x', effects, createdAt: '', updatedAt: '', viewUrl: `/p/${ID}`, request: itinerary.request, itinerary: { ...itinerary, days: itinerary.days.map((d) => ({ ...d, items: d.items.filter((i) => i.placeId !== visits[0]?.placeId) })) } };
    answer(() => json(200, saved));
    renderEditor();
    expect(screen.getAllByTestId('visit-controls')).toHaveLength(visits.length);
    fireEvent.click(within(firstVisit()).getByTestId('remove-place'));
    await waitFor(() => expect(screen.getByTestId('current-revision').textContent).toBe('Revision 2'));
    expect(JSON.parse(String((patchCalls()[0]?.[1] as RequestInit).body))).toEqual({ type: 'remove_place', placeId: visits[0]?.placeId, baseRevision: 1 });
    expect(screen.getAllByTestId('timeline-visit')).toHaveLength(visits.length - 1);
    // The editor says what the edit did, and that the other days stayed as they were.
    const said = screen.getByTestId('edit-effects');
    expect(said.textContent).toContain(`Day ${removedOn}: ${visits[0]!.name} removed`);
    expect(said.textContent).toContain('every other day stays as it was');
    expect(refresh).toHaveBeenCalled();
  });

  it('on a stale edit (409) shows the reload dialog and changes nothing', async () => {
    answer(() => json(409, { error: { code: 'conflict', message: 'This plan has changed since revision 1: it is now at revision 4.', details: { currentRevision: 4 } } }));
    renderEditor();
    const before = visitOrder();
    fireEvent.click(within(firstVisit()).getByTestId('remove-place'));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog.textContent).toContain('This plan was changed elsewhere (revision 4). Reload to see it.');
    expect(within(dialog).getByRole('button', { name: 'Reload' })).toBe(document.activeElement);
    expect(visitOrder()).toEqual(before);
    expect(screen.getByTestId('current-revision').textContent).toBe('Revision 1');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('on a refused reorder (400) shows the reason at the visit and keeps the old order', async () => {
    answer(() => json(400, { error: { code: 'invalid_request', message: 'Invalid edit: placeIds: this order does not fit the day.', details: [{ field: 'placeIds', reason: 'this order does not fit the day' }] } }));
    renderEditor();
    const before = visitOrder();
    const second = screen.getAllByTestId('timeline-visit').find((li) => !within(li).getByRole('button', { name: /earlier$/ }).hasAttribute('disabled')) as HTMLElement;
    fireEvent.click(within(second).getByRole('button', { name: /earlier$/ }));
    const alert = await within(second).findByRole('alert');
    expect(alert.textContent).toContain('this order does not fit the day');
    expect(JSON.parse(String((patchCalls()[0]?.[1] as RequestInit).body))).toMatchObject({ type: 'reorder_day', baseRevision: 1 });
    expect(visitOrder()).toEqual(before);
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('stops editing on this browser: ends the session, forgets the token, opens the view page', async () => {
    localStorage.setItem(MY_PLANS_KEY, JSON.stringify([{ id: ID, title: 'Trip', startDate: '2026-12-14', days: 5, token: 'x'.repeat(43), origin: 'created', seenAt: '2026-11-01T10:00:00Z' }]));
    fetchMock.mockImplementation(async (url: string, init?: RequestInit) =>
      String(url).endsWith('/session') && init?.method === 'DELETE' ? new Response(null, { status: 204 }) : json(200, { id: ID, revision: 1, revisions: [] }),
    );
    renderEditor();
    fireEvent.click(screen.getByTestId('end-edit-session'));
    await waitFor(() => expect(push).toHaveBeenCalledWith(`/en/p/${ID}`));
    expect(fetchMock.mock.calls.some(([url, init]) => String(url) === `/api/plans/${ID}/session` && (init as RequestInit).method === 'DELETE')).toBe(true);
    const remembered = JSON.parse(localStorage.getItem(MY_PLANS_KEY) ?? '[]') as { id: string; token?: string }[];
    expect(remembered).toEqual([expect.objectContaining({ id: ID })]);
    expect(remembered[0]?.token).toBeUndefined();
  });
});

