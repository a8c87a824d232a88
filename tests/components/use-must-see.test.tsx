// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MUST_SEE_STORAGE_KEY, useMustSee } from '@/components/trip/use-must-see';

const renderMustSee = () => renderHook(() => useMustSee(), { wrapper: StrictMode });
const stored = () => JSON.parse(window.localStorage.getItem(MUST_SEE_STORAGE_KEY) ?? 'null');

beforeEach(() => window.localStorage.clear());
afterEach(cleanup);

describe('useMustSee', () => {
  it('starts empty', () => {
    const { result } = renderMustSee();
    expect(result.current.ids).toEqual([]);
    expect(result.current.count).toBe(0);
  });

  it('adds, keeps order, ignores duplicates, removes and toggles, persisting each change', () => {
    const { result } = renderMustSee();
    act(() => result.current.add('bayon'));
    act(() => result.current.add('angkor-wat'));
    act(() => result.current.add('bayon'));
    expect(result.current.ids).toEqual(['bayon', 'angkor-wat']);
    expect(stored()).toEqual(['bayon', 'angkor-wat']);
    expect(result.current.has('bayon')).toBe(true);

    act(() => result.current.remove('bayon'));
    expect(result.current.ids).toEqual(['angkor-wat']);
    act(() => result.current.toggle('ta-prohm'));
    act(() => result.current.toggle('angkor-wat'));
    expect(result.current.ids).toEqual(['ta-prohm']);
    expect(stored()).toEqual(['ta-prohm']);

    act(() => result.current.clear());
    expect(result.current.count).toBe(0);
  });

  it('reads what an earlier visit stored', () => {
    window.localStorage.setItem(MUST_SEE_STORAGE_KEY, JSON.stringify(['gyeongbokgung', 'n-seoul-tower']));
    const { result } = renderMustSee();
    expect(result.current.ids).toEqual(['gyeongbokgung', 'n-seoul-tower']);
  });

  it('keeps every component using the hook in step', () => {
    const first = renderMustSee();
    const second = renderMustSee();
    act(() => first.result.current.add('bayon'));
    expect(second.result.current.ids).toEqual(['bayon']);
  });

  it('follows changes made in another tab (storage event)', () => {
    const { result } = renderMustSee();
    act(() => {
      window.localStorage.setItem(MUST_SEE_STORAGE_KEY, JSON.stringify(['jeju-olle']));
      window.dispatchEvent(new StorageEvent('storage', { key: MUST_SEE_STORAGE_KEY }));
    });
    expect(result.current.ids).toEqual(['jeju-olle']);
  });

  it('treats corrupt or foreign storage as an empty list, keeping only string ids', () => {
    window.localStorage.setItem(MUST_SEE_STORAGE_KEY, '{not json');
    const { result, unmount } = renderMustSee();
    expect(result.current.ids).toEqual([]);
    unmount();

    window.localStorage.setItem(MUST_SEE_STORAGE_KEY, JSON.stringify(['bayon', 3, null, '', 'bayon']));
    expect(renderMustSee().result.current.ids).toEqual(['bayon']);
  });
});
