// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Timeline } from '@/components/itinerary/timeline';
import type { LocalizedDay } from '@/lib/i18n/localize-itinerary';
import { renderWithIntl } from './render-with-intl';

const DAYS: LocalizedDay[] = [
  {
    date: '2026-12-20',
    dayNumber: 1,
    destination: null,
    timezone: 'Asia/Seoul',
    stay: { kind: 'in_flight', id: 'in-flight', name: 'On the plane' },
    items: [
      {
        type: 'flight',
        start: '2026-12-20T23:20:00+07:00',
        end: '2026-12-21T06:45:00+09:00',
        name: 'Flight KTI → ICN',
        title: { code: 'legacyText', params: { text: 'Flight KTI → ICN' } },
        fromHub: 'KTI',
        toHub: 'ICN',
        mode: 'flight',
        lat: 37.46,
        lon: 126.44,
        cost: { amount: 760, currency: 'USD', usd: 760 },
      },
    ],
  },
  {
    date: '2026-12-21',
    dayNumber: 2,
    destination: 'seoul',
    timezone: 'Asia/Seoul',
    stay: { kind: 'area', id: 'myeongdong', name: 'Myeong-dong', lat: 37.56, lon: 126.98 },
    items: [
      { type: 'travel', start: '2026-12-21T08:56:00+09:00', end: '2026-12-21T09:06:00+09:00', name: 'To Changdeokgung Palace', title: { code: 'legacyText', params: { text: 'To Changdeokgung Palace' } }, mode: 'subway', lat: 37.58, lon: 126.99, distanceKm: 2.4 },
      { type: 'visit', start: '2026-12-21T09:06:00+09:00', end: '2026-12-21T10:36:00+09:00', name: 'Changdeokgung Palace', title: { code: 'legacyText', params: { text: 'Changdeokgung Palace' } }, placeId: 'seoul-changdeokgung', lat: 37.58, lon: 126.99, cost: { amount: 6000, currency: 'KRW', usd: 4.2 } },
      { type: 'visit', start: '2026-12-21T10:59:00+09:00', end: '2026-12-21T12:29:00+09:00', name: 'Bukchon Hanok Village', title: { code: 'legacyText', params: { text: 'Bukchon Hanok Village' } }, placeId: 'seoul-bukchon', lat: 37.58, lon: 126.98 },
    ],
  },
];

const PLACES = {
  'seoul-changdeokgung': {
    description: 'A Joseon palace with a secret garden.',
    category: 'palace' as const,
    hours: [[540, 1080]] as const,
    fee: { kind: 'ticket' as const, adult: { amount: 3000, currency: 'KRW' as const } },
    bookingRequired: false,
  },
};

afterEach(cleanup);

describe('Timeline', () => {
  it('shows flights with both local times, their zones and +1 when landing the next day', () => {
    renderWithIntl(<Timeline days={DAYS} places={PLACES} destinations={[]} selectedId={null} onSelect={() => {}} />);
    const flight = screen.getByTestId('timeline-flight');
    expect(within(flight).getByText('Flight KTI → ICN')).toBeTruthy();
    const text = flight.textContent ?? '';
    expect(text).toMatch(/Departs\s*11:20\s*PM\s*Cambodia time \(UTC\+7\)/);
    expect(text).toMatch(/Arrives\s*6:45\s*AM\s*Korea time \(UTC\+9\)\s*\+1/);
    expect(text).toContain('Flight time 5 hr 25 min');
  });

  it('lists visits numbered in order with local times, description, hours, fee and the leg before them', () => {
    renderWithIntl(<Timeline days={DAYS} places={PLACES} destinations={[{ slug: 'seoul', name: 'Seoul', center: { lat: 37.5, lon: 127 } }]} selectedId={null} onSelect={() => {}} />);
    const visits = screen.getAllByTestId('timeline-visit');
    expect(visits).toHaveLength(2);
    const first = visits[0] as HTMLElement;
    expect(within(first).getByRole('button', { name: '1. Changdeokgung Palace' })).toBeTruthy();
    expect(first.textContent).toContain('9:06 AM');
    expect(first.textContent).toContain('10:36 AM');
    expect(first.textContent).toContain('A Joseon palace with a secret garden.');
    expect(first.textContent).toContain('9:00 AM – 6:00 PM');
    expect(first.textContent).toMatch(/Adult ₩3,000 · ₩6,000 for your group/);
    expect(within(visits[1] as HTMLElement).getByRole('button', { name: '2. Bukchon Hanok Village' })).toBeTruthy();
    expect(screen.getByText(/Subway/).closest('li')?.textContent).toMatch(/Subway · 10 minutes to the next stop · 2.4 km/);
    expect(screen.getByRole('heading', { name: /Day 2 · Mon, Dec 21/ })).toBeTruthy();
    expect(screen.getByRole('heading', { name: /Day 2/ }).closest('header')?.textContent).toContain('Seoul · Night: Myeong-dong');
  });

  it('calls onSelect with the place id and marks the selected visit', () => {
    const onSelect = vi.fn();
    const { rerender } = renderWithIntl(<Timeline days={DAYS} places={PLACES} destinations={[]} selectedId={null} onSelect={onSelect} />);
    fireEvent.click(screen.getByRole('button', { name: '2. Bukchon Hanok Village' }));
    expect(onSelect).toHaveBeenCalledWith('seoul-bukchon');
    rerender(<Timeline days={DAYS} places={PLACES} destinations={[]} selectedId="seoul-bukchon" onSelect={onSelect} />);
    expect(screen.getByRole('button', { name: '2. Bukchon Hanok Village' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: '1. Changdeokgung Palace' }).getAttribute('aria-pressed')).toBe('false');
  });
});
