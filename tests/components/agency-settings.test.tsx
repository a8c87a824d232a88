// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AgencySettings } from '@/components/agency/agency-settings';
import { SAVED_AGENCIES_KEY } from '@/components/agency/use-saved-agencies';
import { solidPng } from '../app/api/png-fixture';
import { renderWithIntl } from './render-with-intl';

const ID = 'AbCdEfGhIjKlMnOpQrStUv';
const PROFILE = { id: ID, name: 'Mekong Travel', contact: '+855 23 000 000', accentColor: '#aa3300', defaultNote: 'Prices per person.', logoUrl: null, updatedAt: '2026-01-01T00:00:00.000Z' };

let fetchMock: ReturnType<typeof vi.fn>;

beforeEach(() => {
  fetchMock = vi.fn();
  vi.stubGlobal('fetch', fetchMock);
  localStorage.clear();
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function renderSettings() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return renderWithIntl(
    <QueryClientProvider client={client}>
      <AgencySettings />
    </QueryClientProvider>,
  );
}

const logoInput = () => screen.getByLabelText('Logo') as HTMLInputElement;
const nameInput = () => screen.getByLabelText('Agency name') as HTMLInputElement;

function pick(file: File) {
  fireEvent.change(logoInput(), { target: { files: [file] } });
}

function sentBody(call = 0): Record<string, unknown> {
  const init = (fetchMock.mock.calls[call] as [string, RequestInit])[1];
  return JSON.parse(String(init.body)) as Record<string, unknown>;
}

describe('AgencySettings form', () => {
  it('refuses a logo over 512 KiB before uploading anything', async () => {
    renderSettings();
    pick(new File([new Uint8Array(600 * 1024)], 'huge.png', { type: 'image/png' }));
    const error = await screen.findByTestId('agency-logo-error');
    expect(error.textContent).toContain('600 KiB; the limit is 512 KiB');
    expect(logoInput().getAttribute('aria-invalid')).toBe('true');
    expect(logoInput().value).toBe('');
    expect(fetchMock).not.toHaveBeenCalled();

    // Saving anyway sends the profile without the refused file.
    fetchMock.mockResolvedValueOnce(Response.json({ id: ID, editToken: 'tok' }, { status: 201 }));
    fetchMock.mockResolvedValueOnce(Response.json(PROFILE));
    fireEvent.change(nameInput(), { target: { value: 'Mekong Travel' } });
    fireEvent.click(screen.getByTestId('agency-submit'));
    await waitFor(() => expect(fetchMock).toHaveBeenCalled());
    expect(sentBody()).not.toHaveProperty('logo');
  });

  it('refuses files that are not PNG or JPEG, by type and by content', async () => {
    renderSettings();
    pick(new File(['hello'], 'notes.txt', { type: 'text/plain' }));
    expect((await screen.findByTestId('agency-logo-error')).textContent).toMatch(/not a PNG or JPEG/);

    // A GIF renamed to .png: the declared type passes, the first bytes do not.
    pick(new File([new TextEncoder().encode('GIF89a\x10\x00\x10\x00')], 'logo.png', { type: 'image/png' }));
    await waitFor(() => expect(screen.getByTestId('agency-logo-error').textContent).toMatch(/not a PNG or JPEG/));
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('previews a good PNG and uploads it as base64 with the profile', async () => {
    renderSettings();
    pick(new File([new Uint8Array(solidPng(32, 32))], 'logo.png', { type: 'image/png' }));
    const preview = await screen.findByAltText('Logo preview');
    expect(preview.getAttribute('src')).toMatch(/^data:image\/png;base64,iVBORw0KGgo/);
    expect(screen.queryByTestId('agency-logo-error')).toBeNull();

    fireEvent.change(nameInput(), { target: { value: 'Han River Tours' } });
    expect(screen.getByTestId('agency-preview').textContent).toContain('Han River Tours');
    fetchMock.mockResolvedValueOnce(Response.json({ id: ID, editToken: 'tok' }, { status: 201 }));
    fetchMock.mockResolvedValueOnce(Response.json({ ...PROFILE, name: 'Han River Tours', logoUrl: `/api/agencies/${ID}/logo` }));
    fireEvent.click(screen.getByTestId('agency-submit'));
    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(2));
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/agencies');
    expect(sentBody()).toMatchObject({ name: 'Han River Tours', accentColor: '#0f3d3e', logo: expect.stringMatching(/^data:image\/png;base64,/) });
    expect(JSON.parse(localStorage.getItem(SAVED_AGENCIES_KEY) ?? '[]')).toEqual([{ id: ID, editToken: 'tok', name: 'Han River Tours' }]);
    expect(await screen.findByRole('heading', { name: /Edit “Han River Tours”/ })).toBeTruthy();
  });

  it('shows the server’s 400 reasons beside the fields they name', async () => {
    renderSettings();
    fetchMock.mockResolvedValueOnce(
      Response.json(
        {
          error: {
            code: 'validation',
            message: 'Invalid agency: name: Too small',
            details: [
              { field: 'name', reason: 'Too small: expected string to have >=1 characters' },
              { field: 'logo', reason: 'the image is 8×8 pixels; each side must be 16–4096' },
            ],
          },
        },
        { status: 400 },
      ),
    );
    fireEvent.click(screen.getByTestId('agency-submit'));
    expect((await screen.findByTestId('agency-name-error')).textContent).toContain('Too small');
    expect(screen.getByTestId('agency-logo-error').textContent).toContain('8×8 pixels');
    expect(nameInput().getAttribute('aria-invalid')).toBe('true');
    expect(nameInput().getAttribute('aria-describedby')).toContain(screen.getByTestId('agency-name-error').id);
    expect(screen.getByRole('alert').textContent).toMatch(/some fields were not accepted/i);
  });

  it('edits a saved agency with its token and forgets it locally', async () => {
    localStorage.setItem(SAVED_AGENCIES_KEY, JSON.stringify([{ id: ID, name: 'Mekong Travel', editToken: 'tok-1' }]));
    renderSettings();
    fetchMock.mockResolvedValueOnce(Response.json(PROFILE));
    fireEvent.click(screen.getByRole('button', { name: 'Edit Mekong Travel' }));
    await waitFor(() => expect(nameInput().value).toBe('Mekong Travel'));
    expect(fetchMock.mock.calls[0]?.[0]).toBe(`/api/agencies/${ID}`);

    fetchMock.mockResolvedValueOnce(Response.json({ ...PROFILE, name: 'Mekong Travel & Tours' }));
    fireEvent.change(nameInput(), { target: { value: 'Mekong Travel & Tours' } });
    fireEvent.click(screen.getByTestId('agency-submit'));
    await screen.findByText('Changes saved.');
    const [url, init] = fetchMock.mock.calls[1] as [string, RequestInit];
    expect(url).toBe(`/api/agencies/${ID}`);
    expect(init.method).toBe('PATCH');
    expect(new Headers(init.headers).get('authorization')).toBe('Bearer tok-1');
    expect(sentBody(1)).toEqual({ name: 'Mekong Travel & Tours', contact: PROFILE.contact, accentColor: '#aa3300', defaultNote: PROFILE.defaultNote });
    await waitFor(() => expect(JSON.parse(localStorage.getItem(SAVED_AGENCIES_KEY) ?? '[]')[0].name).toBe('Mekong Travel & Tours'));

    fireEvent.click(screen.getByRole('button', { name: 'Forget Mekong Travel & Tours' }));
    expect(JSON.parse(localStorage.getItem(SAVED_AGENCIES_KEY) ?? '[]')).toEqual([]);
    expect(screen.getByRole('heading', { name: 'New agency profile' })).toBeTruthy();
  });
});
