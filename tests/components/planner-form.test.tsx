// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultFormValues } from '@/components/planner/plan-query';
import { PlannerForm } from '@/components/planner/planner-form';
import { renderWithIntl } from './render-with-intl';

const push = vi.fn();
// The locale-aware navigation needs Next's app router; the form only needs push() and a plain link.
vi.mock('@/i18n/navigation', () => ({
  useRouter: () => ({ push }),
  Link: ({ href, children, ...rest }: { href: string; children: ReactNode }) => (
    <a href={String(href)} {...rest}>
      {children}
    </a>
  ),
}));

const DESTINATIONS = [
  { slug: 'phnom-penh', name: 'Phnom Penh' },
  { slug: 'siem-reap', name: 'Siem Reap & Angkor' },
];

function renderForm(locale: 'en' | 'km' = 'en') {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const initial = defaultFormValues('to-cambodia', DESTINATIONS.map((d) => d.slug), '2026-09-14');
  return renderWithIntl(
    <QueryClientProvider client={client}>
      <PlannerForm locale={locale} direction="to-cambodia" destinations={DESTINATIONS} initial={initial} />
    </QueryClientProvider>,
    undefined,
    locale,
  );
}

function answer(status: number, body: unknown) {
  return Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));
}

const fetchMock = vi.fn();
beforeEach(() => {
  window.localStorage.clear();
  push.mockReset();
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('PlannerForm', () => {
  it('starts from good defaults: next month, 5 days, every destination, balanced pace', () => {
    renderForm();
    expect((screen.getByLabelText('Departure date') as HTMLInputElement).value).toBe('2026-09-14');
    expect((screen.getByLabelText('Days') as HTMLInputElement).value).toBe('5');
    const destinations = screen.getByRole('group', { name: 'Destinations' });
    expect(within(destinations).getAllByRole('checkbox').map((c) => (c as HTMLInputElement).checked)).toEqual([true, true]);
    expect((screen.getByRole('radio', { name: /Balanced/ }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('spinbutton', { name: 'Adults' }) as HTMLInputElement).value).toBe('2');
    expect(screen.getByText(/5 days from Mon, Sep 14 · 2 destinations · Balanced/)).toBeTruthy();
  });

  it('names the departure day in Khmer on a Khmer page, without relying on the browser locale data (which may lack Khmer)', () => {
    renderForm('km');
    expect(document.querySelector('.planner__summary')?.textContent).toContain('ចន្ទ 14 កញ្ញា');
  });

  it('plans with one click: POSTs the defaults, then opens the plan page with the request in its URL', async () => {
    fetchMock.mockReturnValue(answer(200, { schemaVersion: 1 }));
    renderForm();
    fireEvent.click(screen.getByRole('button', { name: 'Plan my trip' }));
    await waitFor(() => expect(push).toHaveBeenCalledTimes(1));

    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(url).toBe('/api/itineraries');
    expect(init.method).toBe('POST');
    expect(JSON.parse(String(init.body))).toMatchObject({
      direction: 'KR_TO_KH',
      startDate: '2026-09-14',
      days: 5,
      destinations: ['phnom-penh', 'siem-reap'],
      pace: 'balanced',
      travellers: { adults: 2, children: 0 },
      interests: {},
      locale: 'en',
    });
    expect(push).toHaveBeenCalledWith('/plan?direction=to-cambodia&start=2026-09-14&days=5&dest=phnom-penh&dest=siem-reap&adults=2&children=0&pace=balanced&budget=mid');
  });

  it('sends changed options: fewer destinations, packed pace, interests', async () => {
    fetchMock.mockReturnValue(answer(200, {}));
    renderForm();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Phnom Penh' }));
    fireEvent.click(screen.getByRole('radio', { name: /Packed/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'History' }));
    fireEvent.click(screen.getByRole('button', { name: 'One day more' }));
    fireEvent.click(screen.getByRole('button', { name: 'Plan my trip' }));
    await waitFor(() => expect(push).toHaveBeenCalled());
    const body = JSON.parse(String((fetchMock.mock.calls[0] as [string, RequestInit])[1].body));
    expect(body).toMatchObject({ days: 6, destinations: ['siem-reap'], pace: 'packed' });
    expect(body.interests.history).toBe(1);
    expect(body.interests.food).toBeLessThan(0.5);
  });

  it('shows a 400 answer beside the field it names, and does not navigate', async () => {
    fetchMock.mockReturnValue(
      answer(400, { error: { code: 'invalid_request', message: 'Invalid trip request: days: Too big', details: [{ field: 'days', reason: 'Too big: expected number to be <=21' }] } }),
    );
    renderForm();
    const days = screen.getByLabelText('Days') as HTMLInputElement;
    fireEvent.change(days, { target: { value: '30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Plan my trip' }));

    const error = await screen.findByText(/Choose between 1 and 21 days/);
    expect(days.getAttribute('aria-invalid')).toBe('true');
    expect(days.getAttribute('aria-describedby')).toContain(error.id);
    expect(screen.getByRole('alert').textContent).toMatch(/highlighted fields/);
    // Only the named field is marked.
    expect(screen.getByLabelText('Departure date').getAttribute('aria-invalid')).toBe('false');
    expect(push).not.toHaveBeenCalled();
    expect(JSON.parse(String((fetchMock.mock.calls[0] as [string, RequestInit])[1].body)).days).toBe(30);
  });

  it('shows a pending state while planning', async () => {
    let resolve: (r: Response) => void = () => {};
    fetchMock.mockReturnValue(new Promise<Response>((r) => (resolve = r)));
    renderForm();
    fireEvent.click(screen.getByRole('button', { name: 'Plan my trip' }));
    expect(await screen.findByRole('button', { name: /Planning your trip/ })).toBeTruthy();
    expect(screen.getByTestId('plan-progress')).toBeTruthy();
    resolve(new Response('{}', { status: 200 }));
    await waitFor(() => expect(push).toHaveBeenCalled());
  });
});
