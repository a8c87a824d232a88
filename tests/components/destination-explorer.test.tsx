// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DestinationExplorer } from '@/components/explorer/destination-explorer';
import type { MapViewProps } from '@/components/map/map-types';
import { MUST_SEE_STORAGE_KEY } from '@/components/trip/use-must-see';
import { PLACES } from './fixtures';
import { renderWithIntl } from './render-with-intl';

// Leaflet needs layout and canvas that jsdom lacks; the stand-in renders one button per marker,
// which is all the explorer's contract with the map is: markers in, onSelect out.
vi.mock('@/components/map/lazy-map-view', () => ({
  LazyMapView: ({ markers, selectedId, onSelect, label }: MapViewProps) => (
    <div role="region" aria-label={label}>
      {markers.map((m) => (
        <button key={m.id} type="button" data-testid="marker" data-selected={m.id === selectedId} data-color={m.color} onClick={() => onSelect?.(m.id)}>
          {m.label} {m.title}
        </button>
      ))}
    </div>
  ),
}));

function renderExplorer() {
  return renderWithIntl(<DestinationExplorer destinationName="Siem Reap" center={{ lat: 13.36, lon: 103.86 }} places={PLACES} />);
}

const list = () => screen.getByRole('list', { name: 'Places in Siem Reap' });
const listButtons = () => within(list()).getAllByRole('button');

beforeEach(() => window.localStorage.clear());
afterEach(cleanup);

describe('DestinationExplorer', () => {
  it('lists every place and shows one marker per listed place', () => {
    renderExplorer();
    expect(listButtons()).toHaveLength(4);
    expect(screen.getAllByTestId('marker')).toHaveLength(4);
    expect(screen.getByText('4 places shown')).toBeTruthy();
  });

  it('filters the list and the markers by category, renumbering both', () => {
    renderExplorer();
    const chips = screen.getByRole('group', { name: 'Filter by category' });
    expect(within(chips).getByRole('button', { name: /All/ }).getAttribute('aria-pressed')).toBe('true');

    fireEvent.click(within(chips).getByRole('button', { name: /Temples/ }));
    expect(listButtons().map((b) => b.textContent)).toEqual([expect.stringContaining('Angkor Wat'), expect.stringContaining('Bayon')]);
    expect(screen.getAllByTestId('marker').map((m) => m.textContent)).toEqual(['1 1. Angkor Wat', '2 2. Bayon']);
    expect(screen.getByText('2 places shown')).toBeTruthy();

    fireEvent.click(within(chips).getByRole('button', { name: /Nightlife/ }));
    expect(listButtons()).toHaveLength(1);
    expect(screen.getAllByTestId('marker')).toHaveLength(1);
    expect(screen.getByText('1 place shown')).toBeTruthy();

    fireEvent.click(within(chips).getByRole('button', { name: /All/ }));
    expect(screen.getAllByTestId('marker')).toHaveLength(4);
  });

  it('selecting in the list highlights the marker and opens the place panel', () => {
    renderExplorer();
    fireEvent.click(within(list()).getByRole('button', { name: /Angkor National Museum/ }));

    const selected = screen.getAllByTestId('marker').filter((m) => m.dataset.selected === 'true');
    expect(selected.map((m) => m.textContent)).toEqual(['3 3. Angkor National Museum']);
    const panel = screen.getByRole('article', { name: 'Angkor National Museum' });
    expect(within(panel).getByText('Context before the temples.')).toBeTruthy();
    expect(within(panel).getByText('Opening hours')).toBeTruthy();
    // Monday closed, then Tuesday–Sunday collapsed into one row.
    expect(within(panel).getByRole('row', { name: /Mon.*Closed/ })).toBeTruthy();
    expect(within(panel).getByRole('row', { name: /Tue – Sun.*8:30\sAM – 6:00\sPM/ })).toBeTruthy();
    expect(within(panel).getByText('Closed on public holidays.')).toBeTruthy();
    expect(within(panel).getByText(/Adult \$12/)).toBeTruthy();
    expect(within(panel).getByText('2 hours')).toBeTruthy();
    expect(within(panel).getByText('Address')).toBeTruthy();
    expect(within(panel).queryByText(/Map position approximate/)).toBeNull();
  });

  it('selecting a marker selects the list row', () => {
    renderExplorer();
    fireEvent.click(screen.getAllByTestId('marker')[3] as HTMLElement);
    const row = within(list()).getByRole('button', { name: /Phare/ });
    expect(row.getAttribute('aria-pressed')).toBe('true');
    const panel = screen.getByRole('article', { name: 'Phare, the Cambodian Circus' });
    expect(within(panel).getByText('Book ahead')).toBeTruthy();
    expect(within(panel).getByText('Book a day ahead in high season.')).toBeTruthy();
    expect(within(panel).getByText('Evening')).toBeTruthy();
    // Its map point could not be confirmed: the panel says so under the address.
    expect(within(panel).getByText('Map position approximate: check the address before you go.')).toBeTruthy();
  });

  it('clears the selection when the filter hides the selected place', () => {
    renderExplorer();
    fireEvent.click(within(list()).getByRole('button', { name: /Bayon/ }));
    fireEvent.click(within(screen.getByRole('group', { name: 'Filter by category' })).getByRole('button', { name: /Museums/ }));
    expect(screen.queryByRole('article')).toBeNull();
    expect(screen.getAllByTestId('marker').some((m) => m.dataset.selected === 'true')).toBe(false);
  });

  it('adds a place to the must-see list and shows the count', () => {
    renderExplorer();
    expect(screen.getByTestId('must-see-count').textContent).toContain('No must-see places yet');
    fireEvent.click(within(list()).getByRole('button', { name: /Bayon/ }));
    fireEvent.click(screen.getByRole('button', { name: /Add to must-see/ }));

    expect(screen.getByTestId('must-see-count').textContent).toContain('1 must-see place saved');
    expect(JSON.parse(window.localStorage.getItem(MUST_SEE_STORAGE_KEY) ?? '[]')).toEqual(['bayon']);
    expect(within(list()).getByRole('button', { name: /Bayon/ }).textContent).toContain('On your must-see list');

    fireEvent.click(screen.getByRole('button', { name: /Remove from must-see/ }));
    expect(screen.getByTestId('must-see-count').textContent).toContain('No must-see places yet');
  });
});
