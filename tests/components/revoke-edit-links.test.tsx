// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RevokeEditLinks } from '@/components/plans/revoke-edit-links';
import { readMyPlans, rememberPlan } from '@/components/plans/use-my-plans';
import { renderWithIntl } from './render-with-intl';

const PLAN = { id: 'AAAAAAAAAAAAAAAAAAAAAA', title: 'Seoul & Jeju', startDate: '2026-12-20', days: 6 };
const OLD_TOKEN = 'o'.repeat(43);
const NEW_TOKEN = 'n'.repeat(43);

let fetchMock: ReturnType<typeof vi.fn>;
const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

beforeEach(() => {
  fetchMock = vi.fn();
  vi.stubGlobal('fetch', fetchMock);
  localStorage.clear();
  rememberPlan({ ...PLAN, token: OLD_TOKEN, origin: 'created' });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  localStorage.clear();
});

describe('RevokeEditLinks', () => {
  it('asks first, then rotates the token, shows the new edit link once and keeps its token in My plans', async () => {
    fetchMock.mockResolvedValue(json(200, { editToken: NEW_TOKEN, editUrl: `/p/${PLAN.id}/edit#token=${NEW_TOKEN}` }));
    renderWithIntl(<RevokeEditLinks plan={PLAN} />);

    fireEvent.click(screen.getByTestId('revoke-start'));
    expect(fetchMock).not.toHaveBeenCalled();
    expect(screen.getByText(/will no longer be able to change this plan/)).toBeTruthy();
    fireEvent.click(screen.getByTestId('revoke-confirm'));

    const link = (await screen.findByTestId('new-edit-link')) as HTMLInputElement;
    expect(link.value).toBe(`${window.location.origin}/p/${PLAN.id}/edit#token=${NEW_TOKEN}`);
    expect(screen.getByText(/old edit links no longer work/)).toBeTruthy();
    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(url).toBe(`/api/plans/${PLAN.id}/token`);
    expect(init.method).toBe('POST');
    // Authorised by the edit cookie, not by a token the page script holds.
    expect(new Headers(init.headers).get('authorization')).toBeNull();
    expect(readMyPlans()).toEqual([expect.objectContaining({ id: PLAN.id, token: NEW_TOKEN, origin: 'created' })]);
    // Shown once: the control no longer offers to revoke again from this view.
    expect(screen.queryByTestId('revoke-start')).toBeNull();
  });

  it('can be cancelled without a request', () => {
    renderWithIntl(<RevokeEditLinks plan={PLAN} />);
    fireEvent.click(screen.getByTestId('revoke-start'));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByTestId('revoke-start')).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('says so when the server refuses, and keeps the remembered token', async () => {
    fetchMock.mockResolvedValue(json(403, { error: { code: 'forbidden', message: 'This edit token does not belong to this plan.' } }));
    renderWithIntl(<RevokeEditLinks plan={PLAN} />, undefined, 'ko');
    fireEvent.click(screen.getByTestId('revoke-start'));
    fireEvent.click(screen.getByTestId('revoke-confirm'));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('편집 링크를 무효화할 수 없습니다'));
    expect(screen.queryByTestId('new-edit-link')).toBeNull();
    expect(readMyPlans()[0]?.token).toBe(OLD_TOKEN);
  });
});
