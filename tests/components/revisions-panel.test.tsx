// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RevisionsPanel } from '@/components/plans/revisions-panel';
import type { PlanEdits } from '@/components/plans/use-plan-edits';
import type { Locale } from '@/lib/i18n/locale';
import en from '@/messages/en.json';
import km from '@/messages/km.json';
import ko from '@/messages/ko.json';
import { renderWithIntl } from './render-with-intl';

const ID = 'AAAAAAAAAAAAAAAAAAAAAA';
// Revision 2 lost its content to the revision quota (its GET and restore answer 410); 1 and 3 kept theirs.
const REVISIONS = [
  { revision: 1, change: 'created', effects: null, createdAt: '2026-11-01T10:00:00Z', pruned: false },
  { revision: 2, change: 'replanned', effects: null, createdAt: '2026-11-01T10:01:00Z', pruned: true },
  { revision: 3, change: 'replanned', effects: null, createdAt: '2026-11-01T10:02:00Z', pruned: false },
];
const PRUNED_WORDS = { en: en.SavedPlan.revisionPruned, ko: ko.SavedPlan.revisionPruned, km: km.SavedPlan.revisionPruned };

let run: ReturnType<typeof vi.fn>;

function renderPanel(locale: Locale) {
  const edits = { run, pendingKey: undefined, busy: false, errorFor: () => undefined, conflict: null, dismissConflict: () => {} } as unknown as PlanEdits;
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return renderWithIntl(
    <QueryClientProvider client={client}>
      <RevisionsPanel planId={ID} revision={3} edits={edits} placeNames={{}} />
    </QueryClientProvider>,
    undefined,
    locale,
  );
}

/** The list entry of `revision`: its heading reads "Revision 2" / "수정본 2" / "កំណែ 2". */
const item = (list: HTMLElement, revision: number) => [...list.querySelectorAll<HTMLElement>(':scope > li')].find((li) => li.querySelector('strong')?.textContent?.endsWith(` ${revision}`))!;

beforeEach(() => {
  run = vi.fn();
  vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ id: ID, revision: 3, revisions: REVISIONS }), { status: 200, headers: { 'content-type': 'application/json' } })));
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('RevisionsPanel', () => {
  it.each(['en', 'ko', 'km'] as const)('offers no Restore for a pruned revision and says it was pruned (%s)', async (locale) => {
    renderPanel(locale);
    const list = await screen.findByTestId('revisions');
    const pruned = item(list, 2);
    expect(within(pruned).queryByRole('button')).toBeNull();
    expect(pruned.textContent).toContain(PRUNED_WORDS[locale]);
    // A kept older revision can still be restored; the current one is marked, not offered.
    expect(within(item(list, 1)).getByRole('button')).toBeTruthy();
    expect(within(item(list, 3)).queryByRole('button')).toBeNull();
    expect(list.textContent?.split(PRUNED_WORDS[locale]).length).toBe(2);
  });

  it('restores a kept revision when asked', async () => {
    renderPanel('en');
    const list = await screen.findByTestId('revisions');
    fireEvent.click(within(item(list, 1)).getByRole('button', { name: 'Restore revision 1' }));
    expect(run).toHaveBeenCalledWith({ key: 'restore', restore: 1 });
  });
});
