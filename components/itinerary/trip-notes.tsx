'use client';

import { useTranslations } from 'next-intl';
import type { LocalizedWarning } from '@/lib/i18n/localize-itinerary';

/** The planner's warnings (entry rules, seasons, dropped places) and practical notes, in the page language. */
export function TripNotes({ warnings }: { warnings: readonly LocalizedWarning[] }) {
  const t = useTranslations('Itinerary');
  const cautions = warnings.filter((w) => w.severity === 'caution');
  const notes = warnings.filter((w) => w.severity === 'info');
  return (
    <section className="trip-notes" aria-labelledby="trip-notes-title">
      <h2 id="trip-notes-title" className="trip-notes__title">
        {t('notesHeading')}
      </h2>
      {warnings.length === 0 ? <p className="trip-notes__empty">{t('noNotes')}</p> : null}
      {cautions.length > 0 ? (
        <ul className="trip-notes__list">
          {cautions.map((w, i) => (
            <li key={`${w.code}-${i}`} className="note note--caution">
              <span className="note__icon" aria-hidden="true">
                !
              </span>
              <span>
                <span className="visually-hidden">{t('caution')}: </span>
                {w.message}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {notes.length > 0 ? (
        <ul className="trip-notes__list">
          {notes.map((w, i) => (
            <li key={`${w.code}-${i}`} className="note">
              <span className="note__icon" aria-hidden="true">
                i
              </span>
              <span>{w.message}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
