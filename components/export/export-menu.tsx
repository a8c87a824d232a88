'use client';

import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useSavedAgencies } from '@/components/agency/use-saved-agencies';
import { ApiError, apiResponse, CLIENT_ERROR_CODES } from '@/lib/http/api-client';
import type { PlanRequestInput } from '@/lib/planner/request';
import { EXPORT_MENU_FORMATS, fileNameFromDisposition, type ExportMenuFormat } from './export-formats';

/** What to export: a saved plan (GET by id) or an unsaved trip request (planned again on the server). */
export type ExportSource = { kind: 'plan'; planId: string } | { kind: 'request'; request: PlanRequestInput };

export interface ExportMenuProps {
  source: ExportSource;
  /** File name without extension, used only when the server does not name the file. */
  fileStem?: string;
}

type ItemState = { status: 'idle' } | { status: 'busy' } | { status: 'done'; fileName: string } | { status: 'failed'; message: string };

const IDLE: ItemState = { status: 'idle' };

function exportUrl(source: ExportSource, format: ExportMenuFormat, agencyId: string): string {
  const base = source.kind === 'plan' ? `/api/plans/${encodeURIComponent(source.planId)}/export/${format}` : `/api/itineraries/export/${format}`;
  return agencyId ? `${base}?agency=${encodeURIComponent(agencyId)}` : base;
}

/** Fetches the export; throws ApiError (with the server's message) when it refuses. */
function fetchExport(source: ExportSource, format: ExportMenuFormat, agencyId: string, signal: AbortSignal): Promise<Response> {
  const url = exportUrl(source, format, agencyId);
  return source.kind === 'plan' ? apiResponse(url, { signal }) : apiResponse(url, { method: 'POST', json: { request: source.request }, signal });
}

/** Saves `blob` as `fileName` through a temporary download link. */
function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty to start it.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * An "Export" menu button: PDF, calendar, spreadsheet, GPX, KML and JSON, each with a one-line hint,
 * optionally branded with an agency saved in this browser. Follows the WAI-ARIA menu button pattern:
 * Enter/Space/ArrowDown open on the first item, ArrowUp on the last, arrows/Home/End move, Escape closes.
 */
export function ExportMenu({ source, fileStem }: ExportMenuProps) {
  const t = useTranslations('Export');
  const id = useId();
  const buttonId = `${id}-button`;
  const menuId = `${id}-menu`;
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [items, setItems] = useState<Partial<Record<ExportMenuFormat, ItemState>>>({});
  const [agencyId, setAgencyId] = useState('');
  const [lastFile, setLastFile] = useState<string | undefined>(undefined);
  const { agencies } = useSavedAgencies();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const controllers = useRef(new Map<ExportMenuFormat, AbortController>());
  const chosenAgency = agencies.some((a) => a.id === agencyId) ? agencyId : '';

  const openMenu = useCallback((focusIndex: number) => {
    setActive(focusIndex);
    setOpen(true);
  }, []);

  const closeMenu = useCallback((returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  }, []);

  // Move focus to the active item whenever the menu opens or the active item changes.
  useEffect(
    function focusActiveItem() {
      if (open) itemRefs.current[active]?.focus();
    },
    [open, active],
  );

  // A click or focus outside the menu closes it (without stealing focus back).
  useEffect(
    function closeOnOutsideInteraction() {
      if (!open) return;
      const onPointer = (event: Event) => {
        if (rootRef.current && event.target instanceof Node && !rootRef.current.contains(event.target)) setOpen(false);
      };
      document.addEventListener('pointerdown', onPointer);
      document.addEventListener('focusin', onPointer);
      return () => {
        document.removeEventListener('pointerdown', onPointer);
        document.removeEventListener('focusin', onPointer);
      };
    },
    [open],
  );

  // Abort downloads still running when the menu goes away (navigation).
  useEffect(function abortOnUnmount() {
    const running = controllers.current;
    return () => {
      for (const controller of running.values()) controller.abort();
      running.clear();
    };
  }, []);

  async function download(format: ExportMenuFormat) {
    if (items[format]?.status === 'busy') return;
    const controller = new AbortController();
    controllers.current.set(format, controller);
    setItems((current) => ({ ...current, [format]: { status: 'busy' } }));
    try {
      const response = await fetchExport(source, format, chosenAgency, controller.signal);
      const blob = await response.blob();
      if (blob.size === 0) throw new ApiError(response.status, CLIENT_ERROR_CODES.badAnswer, 'The export came back empty. Try again.');
      const fileName = fileNameFromDisposition(response.headers.get('content-disposition')) ?? `${fileStem ?? 'bridgeway-trip'}.${format}`;
      saveBlob(blob, fileName);
      setItems((current) => ({ ...current, [format]: { status: 'done', fileName } }));
      setLastFile(fileName);
    } catch (error) {
      if (controller.signal.aborted) return;
      setItems((current) => ({ ...current, [format]: { status: 'failed', message: failureMessage(error) } }));
    } finally {
      controllers.current.delete(format);
    }
  }

  /** What to say about a failed export: the server's own reason when it gave one. */
  function failureMessage(error: unknown): string {
    if (!(error instanceof ApiError) || error.code === CLIENT_ERROR_CODES.network) return t('failedNetwork');
    if (error.status === 404 && chosenAgency) return t('agencyMissing');
    return error.code === CLIENT_ERROR_CODES.badAnswer ? t('failedGeneric') : error.message;
  }

  function onButtonKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    if (event.key === 'ArrowDown' || event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      openMenu(0);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      openMenu(EXPORT_MENU_FORMATS.length - 1);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      closeMenu(true);
    }
  }

  function onMenuKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    const last = EXPORT_MENU_FORMATS.length - 1;
    const moves: Record<string, (i: number) => number> = {
      ArrowDown: (i) => (i >= last ? 0 : i + 1),
      ArrowUp: (i) => (i <= 0 ? last : i - 1),
      Home: () => 0,
      End: () => last,
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      setActive(move);
      // Focus at once as well: the effect does not run when the index does not change.
      itemRefs.current[move(active)]?.focus();
    }
  }

  function onPanelKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      closeMenu(true);
    }
  }

  const failures = EXPORT_MENU_FORMATS.flatMap((format) => {
    const state = items[format];
    return state?.status === 'failed' ? [{ format, message: state.message }] : [];
  });

  return (
    <div className="export-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        id={buttonId}
        type="button"
        className="button button--secondary export-menu__button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => (open ? closeMenu(false) : openMenu(0))}
        onKeyDown={onButtonKeyDown}
        data-testid="export-button"
      >
        {t('button')}
        <span className="export-menu__caret" aria-hidden="true">
          ▾
        </span>
      </button>
      <div className="export-menu__panel" hidden={!open} onKeyDown={onPanelKeyDown}>
        {agencies.length > 0 ? (
          <label className="export-menu__agency">
            <span className="export-menu__agency-label">{t('brandWith')}</span>
            <select className="select" value={chosenAgency} onChange={(event) => setAgencyId(event.target.value)} data-testid="export-agency">
              <option value="">{t('brandNone')}</option>
              {agencies.map((agency) => (
                <option key={agency.id} value={agency.id}>
                  {agency.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <ul id={menuId} role="menu" aria-labelledby={buttonId} className="export-menu__list" onKeyDown={onMenuKeyDown}>
          {EXPORT_MENU_FORMATS.map((format, index) => {
            const state = items[format] ?? IDLE;
            return (
              <li key={format} role="none">
                <button
                  ref={(element) => {
                    itemRefs.current[index] = element;
                  }}
                  type="button"
                  role="menuitem"
                  tabIndex={index === active ? 0 : -1}
                  className="export-menu__item"
                  aria-busy={state.status === 'busy'}
                  aria-labelledby={`${id}-label-${format}`}
                  aria-describedby={`${id}-hint-${format}`}
                  onClick={() => void download(format)}
                  onFocus={() => setActive(index)}
                  data-format={format}
                >
                  <span className="export-menu__label" id={`${id}-label-${format}`}>{t(`formats.${format}.label`)}</span>
                  <span className="export-menu__hint" id={`${id}-hint-${format}`}>
                    {t(`formats.${format}.hint`)}
                  </span>
                  <span className={`export-menu__state export-menu__state--${state.status}`} aria-hidden="true">
                    {state.status === 'busy' ? <span className="export-menu__spinner" /> : state.status === 'done' ? '✓' : state.status === 'failed' ? '!' : ''}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
        <p className="export-menu__status" role="status">
          {EXPORT_MENU_FORMATS.some((format) => items[format]?.status === 'busy')
            ? t('preparing')
            : lastFile
              ? t('downloaded', { fileName: lastFile })
              : ''}
        </p>
        {failures.length > 0 ? (
          <div className="export-menu__errors" role="alert">
            {failures.map((failure) => (
              <p key={failure.format} className="export-menu__error">
                {t('failed', { format: t(`formats.${failure.format}.label`), message: failure.message })}
              </p>
            ))}
          </div>
        ) : null}
      </div>
    </div>
  );
}
