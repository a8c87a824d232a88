// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { createLocalStore, listOfValid, useLocalStore } from '@/components/storage/local-store';

const KEY = 'test.store';
const entry = z.object({ id: z.string(), count: z.number().int() });
const EMPTY: readonly z.output<typeof entry>[] = Object.freeze([]);

beforeEach(() => localStorage.clear());
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('createLocalStore', () => {
  it('writes JSON under its key and reads it back through the schema', () => {
    const store = createLocalStore(KEY, listOfValid(entry), EMPTY);
    store.write([{ id: 'a', count: 1 }]);
    expect(localStorage.getItem(KEY)).toBe('[{"id":"a","count":1}]');
    expect(store.read()).toEqual([{ id: 'a', count: 1 }]);
  });

  it('reads the fallback for a missing value, for text that is not JSON and for a value of the wrong shape', () => {
    const store = createLocalStore(KEY, z.object({ theme: z.enum(['light', 'dark']) }), { theme: 'light' as const });
    expect(store.read()).toEqual({ theme: 'light' });
    localStorage.setItem(KEY, '{not json');
    expect(store.read()).toEqual({ theme: 'light' });
    localStorage.setItem(KEY, JSON.stringify({ theme: 'purple' }));
    expect(store.read()).toEqual({ theme: 'light' });
    localStorage.setItem(KEY, JSON.stringify({ theme: 'dark', extra: true }));
    // Unknown keys are dropped, not carried along.
    expect(store.read()).toEqual({ theme: 'dark' });
  });

  it('keeps the valid entries of a list and drops the others', () => {
    const store = createLocalStore(KEY, listOfValid(entry), EMPTY);
    localStorage.setItem(KEY, JSON.stringify([{ id: 'a', count: 1 }, { id: 2, count: 1 }, null, 'x', { id: 'b', count: 1.5 }, { id: 'c', count: 3 }]));
    expect(store.read()).toEqual([
      { id: 'a', count: 1 },
      { id: 'c', count: 3 },
    ]);
    localStorage.setItem(KEY, JSON.stringify({ id: 'a', count: 1 }));
    expect(store.read()).toBe(EMPTY);
  });

  it('answers the same object while the stored text is unchanged (a stable snapshot)', () => {
    const store = createLocalStore(KEY, listOfValid(entry), EMPTY);
    store.write([{ id: 'a', count: 1 }]);
    const first = store.read();
    expect(store.read()).toBe(first);
    store.write([{ id: 'a', count: 2 }]);
    expect(store.read()).not.toBe(first);
  });

  it('reads the fallback and survives writes when storage is blocked', () => {
    const store = createLocalStore(KEY, listOfValid(entry), EMPTY);
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(store.read()).toBe(EMPTY);
    expect(() => store.write([{ id: 'a', count: 1 }])).not.toThrow();
  });

  it('re-renders subscribers on writes in this tab and on storage events for its key only', () => {
    const store = createLocalStore(KEY, listOfValid(entry), EMPTY);
    function Count() {
      return <p>{useLocalStore(store).length} entries</p>;
    }
    render(<Count />);
    expect(screen.getByText('0 entries')).toBeTruthy();
    act(() => store.write([{ id: 'a', count: 1 }]));
    expect(screen.getByText('1 entries')).toBeTruthy();

    act(() => {
      localStorage.setItem(KEY, JSON.stringify([{ id: 'a', count: 1 }, { id: 'b', count: 2 }]));
      window.dispatchEvent(new StorageEvent('storage', { key: KEY }));
    });
    expect(screen.getByText('2 entries')).toBeTruthy();

    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    window.dispatchEvent(new StorageEvent('storage', { key: 'other.key' }));
    expect(listener).not.toHaveBeenCalled();
    window.dispatchEvent(new StorageEvent('storage', { key: null }));
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
    store.write(EMPTY);
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
