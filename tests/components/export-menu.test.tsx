// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SAVED_AGENCIES_KEY } from '@/components/agency/use-saved-agencies';
import { ExportMenu } from '@/components/export/export-menu';
import type { PlanRequestInput } from '@/lib/planner/request';
import { renderWithIntl } from './render-with-intl';

const REQUEST: PlanRequestInput = { direction: 'KH_TO_KR', startDate: '2026-12-20', days: 5, destinations: ['seoul', 'jeju'] };

function fileResponse(name: string, body = 'BEGIN:VCALENDAR') {
  return new Response(body, { status: 200, headers: { 'Content-Type': 'text/calendar', 'Content-Disposition': `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(name)}` } });
}

let fetchMock: ReturnType<typeof vi.fn>;
let clicked: { download: string; href: string }[];

beforeEach(() => {
  fetchMock = vi.fn(async () => fileResponse('2026-12-20-seoul-jeju.ics'));
  vi.stubGlobal('fetch', fetchMock);
  clicked = [];
  URL.createObjectURL = vi.fn(() => 'blob:test/1');
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push({ download: this.download, href: this.href });
  });
  localStorage.clear();
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const button = () => screen.getByRole('button', { name: /export/i });
const items = () => within(screen.getByRole('menu')).getAllByRole('menuitem');

describe('ExportMenu', () => {
  it('is a closed menu button until opened, then lists the six formats with hints', () => {
    renderWithIntl(<ExportMenu source={{ kind: 'request', request: REQUEST }} />);
    expect(button()).toHaveProperty('ariaExpanded', 'false');
    expect(button().getAttribute('aria-haspopup')).toBe('menu');
    expect(screen.queryByRole('menu')).toBeNull();

    fireEvent.click(button());
    expect(button().getAttribute('aria-expanded')).toBe('true');
    const labels = items().map((item) => item.querySelector('.export-menu__label')?.textContent);
    expect(labels).toEqual(['PDF', 'Calendar (.ics)', 'Spreadsheet (.csv)', 'GPX', 'KML (Google Earth)', 'JSON']);
    for (const item of items()) expect(item.getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByText(/every stop as an event/i)).toBeTruthy();
    expect(document.activeElement).toBe(items()[0]);
  });

  it('moves with the arrow keys, Home and End, and Escape closes back to the button', () => {
    renderWithIntl(<ExportMenu source={{ kind: 'request', request: REQUEST }} />);
    button().focus();
    fireEvent.keyDown(button(), { key: 'ArrowDown' });
    expect(document.activeElement).toBe(items()[0]);
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(items()[1]);
    fireEvent.keyDown(document.activeElement as Element, { key: 'End' });
    expect(document.activeElement).toBe(items()[5]);
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(items()[0]);
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(items()[5]);
    fireEvent.keyDown(document.activeElement as Element, { key: 'Home' });
    expect(document.activeElement).toBe(items()[0]);
    expect(items().filter((item) => item.tabIndex === 0)).toHaveLength(1);

    fireEvent.keyDown(document.activeElement as Element, { key: 'Escape' });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(button().getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button());

    fireEvent.keyDown(button(), { key: 'ArrowUp' });
    expect(document.activeElement).toBe(items()[5]);
  });

  it('posts an unsaved request and saves the file under the server’s name', async () => {
    renderWithIntl(<ExportMenu source={{ kind: 'request', request: REQUEST }} />);
    fireEvent.click(button());
    fireEvent.click(screen.getByRole('menuitem', { name: /calendar/i }));
    await waitFor(() => expect(clicked).toHaveLength(1));

    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(url).toBe('/api/itineraries/export/ics');
    expect(init.method).toBe('POST');
    expect(JSON.parse(String(init.body))).toEqual({ request: REQUEST });
    expect(clicked[0]).toEqual({ download: '2026-12-20-seoul-jeju.ics', href: 'blob:test/1' });
    expect(screen.getByRole('status').textContent).toContain('Downloaded 2026-12-20-seoul-jeju.ics');
  });

  it('gets a saved plan, branded with an agency saved in this browser', async () => {
    localStorage.setItem(SAVED_AGENCIES_KEY, JSON.stringify([{ id: 'AbCdEfGhIjKlMnOpQrStUv', name: 'Mekong Travel', editToken: 'secret' }]));
    fetchMock.mockResolvedValueOnce(fileResponse('2026-12-20-seoul-jeju.pdf', '%PDF-1.7'));
    renderWithIntl(<ExportMenu source={{ kind: 'plan', planId: 'plan_123' }} />);
    fireEvent.click(button());
    const select = screen.getByRole('combobox', { name: /brand with/i });
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['None', 'Mekong Travel']);
    fireEvent.change(select, { target: { value: 'AbCdEfGhIjKlMnOpQrStUv' } });
    fireEvent.click(screen.getByRole('menuitem', { name: /pdf/i }));
    await waitFor(() => expect(clicked).toHaveLength(1));

    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit | undefined];
    expect(url).toBe('/api/plans/plan_123/export/pdf?agency=AbCdEfGhIjKlMnOpQrStUv');
    expect(init?.method ?? 'GET').toBe('GET');
    expect(clicked[0]?.download).toBe('2026-12-20-seoul-jeju.pdf');
  });

  it('shows progress on the item while the file is made', async () => {
    let finish: (response: Response) => void = () => undefined;
    fetchMock.mockImplementationOnce(() => new Promise<Response>((resolve) => (finish = resolve)));
    renderWithIntl(<ExportMenu source={{ kind: 'request', request: REQUEST }} />);
    fireEvent.click(button());
    const pdf = screen.getByRole('menuitem', { name: /pdf/i });
    fireEvent.click(pdf);
    await waitFor(() => expect(pdf.getAttribute('aria-busy')).toBe('true'));
    expect(screen.getByRole('status').textContent).toMatch(/preparing/i);
    await act(async () => finish(fileResponse('2026-12-20-seoul-jeju.pdf', '%PDF')));
    await waitFor(() => expect(pdf.getAttribute('aria-busy')).toBe('false'));
    expect(clicked).toHaveLength(1);
  });

  it('says why an export failed, and downloads nothing', async () => {
    fetchMock.mockResolvedValueOnce(Response.json({ error: { code: 'validation', message: 'Invalid trip request: days: too big.' } }, { status: 400 }));
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    renderWithIntl(<ExportMenu source={{ kind: 'request', request: REQUEST }} />);
    fireEvent.click(button());
    fireEvent.click(screen.getByRole('menuitem', { name: /gpx/i }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('GPX export failed: Invalid trip request: days: too big.');
    fireEvent.click(screen.getByRole('menuitem', { name: /json/i }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('JSON export failed: Could not reach the server'));
    expect(clicked).toHaveLength(0);
  });
});
