// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultFormValues } from '@/lib/trip-query/plan-query';
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

/** The start dates the server would accept (it sends them with the page). */
const DATE_WINDOW = { earliest: '2026-09-13', latest: '2028-09-12' };

function renderForm(locale: 'en' | 'km' = 'en') {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const initial = defaultFormValues('to-cambodia', DESTINATIONS.map((d) => d.slug), '2026-09-14');
  return renderWithIntl(
    <QueryClientProvider client={client}>
      <PlannerForm locale={locale} direction="to-cambodia" destinations={DESTINATIONS} initial={initial} dateWindow={DATE_WINDOW} />
    </QueryClientProvider>,
    undefined,
    locale,
  );
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

  it('plans with one click: opens the plan page with the defaults in its URL, without calling the API first', async () => {
    renderForm();
    fireEvent.click(screen.getByRole('button', { name: 'Plan my trip' }));
    await waitFor(() => expect(push).toHaveBeenCalledTimes(1));
    expect(push).toHaveBeenCalledWith('/plan?direction=to-cambodia&start=2026-09-14&days=5&dest=phnom-penh&dest=siem-reap&adults=2&children=0&pace=balanced&budget=mid');
    // The plan page plans from its URL: the form no longer plans the trip once more on its own.
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('refuses a departure date outside the dates the server plans, naming them, and stays on the page', async () => {
    renderForm();
    const date = screen.getByLabelText('Departure date') as HTMLInputElement;
    expect([date.min, date.max]).toEqual(['2026-09-13', '2028-09-12']);
    fireEvent.change(date, { target: { value: '2030-01-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Plan my trip' }));
    await waitFor(() => expect(screen.getByText(/Choose a departure date from 2026-09-13 to 2028-09-12/)).toBeTruthy());
    expect(date.getAttribute('aria-invalid')).toBe('true');
    expect(push).not.toHaveBeenCalled();
  });

  it('puts changed options in the URL: fewer destinations, packed pace, interests, one day more', async () => {
    renderForm();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Phnom Penh' }));
    fireEvent.click(screen.getByRole('radio', { name: /Packed/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'History' }));
    fireEvent.click(screen.getByRole('button', { name: 'One day more' }));
    fireEvent.click(screen.getByRole('button', { name: 'Plan my trip' }));
    await waitFor(() => expect(push).toHaveBeenCalledTimes(1));
    expect(push).toHaveBeenCalledWith('/plan?direction=to-cambodia&start=2026-09-14&days=6&dest=siem-reap&adults=2&children=0&pace=packed&budget=mid&like=history');
  });

  it('marks a value the planner would refuse beside its field, focuses it, and does not navigate', async () => {
    renderForm();
    const days = screen.getByLabelText('Days') as HTMLInputElement;
    fireEvent.change(days, { target: { value: '30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Plan my trip' }));

    const error = await screen.findByText(/Choose between 1 and 21 days/);
    expect(days.getAttribute('aria-invalid')).toBe('true');
    expect(days.getAttribute('aria-describedby')).toContain(error.id);
    expect(screen.getByRole('alert').textContent).toMatch(/highlighted fields/);
    await waitFor(() => expect(document.activeElement).toBe(days));
    // Only the named field is marked.
    expect(screen.getByLabelText('Departure date').getAttribute('aria-invalid')).toBe('false');
    expect(push).not.toHaveBeenCalled();
  });

  it('names every refused field at once: no destination and no departure date', async () => {
    renderForm();
    fireEvent.change(screen.getByLabelText('Departure date'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Phnom Penh' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Siem Reap & Angkor' }));
    fireEvent.click(screen.getByRole('button', { name: 'Plan my trip' }));

    expect(await screen.findByText('Choose a departure date from 2026-09-13 to 2028-09-12.')).toBeTruthy();
    expect(screen.getByText('Choose at least one destination.')).toBeTruthy();
    expect(screen.getByLabelText('Departure date').getAttribute('aria-invalid')).toBe('true');
    expect(push).not.toHaveBeenCalled();
  });

  it('clears the marks once the values are fixed, and then navigates', async () => {
    renderForm();
    const days = screen.getByLabelText('Days') as HTMLInputElement;
    fireEvent.change(days, { target: { value: '0' } });
    fireEvent.click(screen.getByRole('button', { name: 'Plan my trip' }));
    await screen.findByText(/Choose between 1 and 21 days/);

    fireEvent.change(days, { target: { value: '3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Plan my trip' }));
    await waitFor(() => expect(push).toHaveBeenCalledTimes(1));
    expect(String(push.mock.calls[0]?.[0])).toContain('days=3');
    expect(screen.queryByText(/Choose between 1 and 21 days/)).toBeNull();
    expect(days.getAttribute('aria-invalid')).toBe('false');
  });

  it('shows a pending state until the plan page has loaded, and ignores a second click meanwhile', async () => {
    let finish: () => void = () => {};
    // The router's navigation, as a transition React waits for.
    push.mockReturnValue(new Promise<void>((resolve) => (finish = resolve)));
    renderForm();
    fireEvent.click(screen.getByRole('button', { name: 'Plan my trip' }));
    const button = await screen.findByRole('button', { name: /Planning your trip/ });
    expect(screen.getByTestId('plan-progress')).toBeTruthy();
    expect(button.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(button);
    expect(push).toHaveBeenCalledTimes(1);
    finish();
    expect(await screen.findByRole('button', { name: 'Plan my trip' })).toBeTruthy();
    expect(screen.queryByTestId('plan-progress')).toBeNull();
  });
});
