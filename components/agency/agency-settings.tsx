'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { ApiError } from '@/lib/http/api-client';
import { fetchAgency, type AgencyProfile } from './agency-api';
import { AgencyForm } from './agency-form';
import { useSavedAgencies, type SavedAgency } from './use-saved-agencies';

const agencyKey = (id: string) => ['agency', id] as const;

/**
 * The agency settings page body: the agencies saved in this browser (edit, forget) and a form that
 * creates a new profile or edits the chosen one with its stored token.
 */
export function AgencySettings() {
  const t = useTranslations('Agency');
  const { agencies, save, forget } = useSavedAgencies();
  const queryClient = useQueryClient();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  /** Set on create: the form remounts in edit mode and takes focus, since the button pressed is gone. */
  const [justCreated, setJustCreated] = useState(false);
  const selected = agencies.find((a) => a.id === selectedId);

  const profile = useQuery({
    queryKey: agencyKey(selected?.id ?? ''),
    queryFn: ({ signal }) => fetchAgency(selected?.id ?? '', signal),
    enabled: selected !== undefined,
    retry: (count, error) => !(error instanceof ApiError && error.status === 404) && count < 1,
  });

  function onCreated(agency: SavedAgency) {
    save(agency);
    setSelectedId(agency.id);
    setJustCreated(true);
    setNotice(t('created'));
  }

  function onUpdated(updated: AgencyProfile) {
    if (!selected) return;
    queryClient.setQueryData(agencyKey(updated.id), updated);
    if (updated.name !== selected.name) save({ ...selected, name: updated.name });
    setNotice('');
  }

  function startNew() {
    setSelectedId(null);
    setJustCreated(false);
    setNotice('');
  }

  function forgetAgency(agency: SavedAgency) {
    forget(agency.id);
    if (selectedId === agency.id) setSelectedId(null);
    setNotice(t('forgotten', { name: agency.name }));
  }

  let editor;
  if (!selected) {
    editor = <AgencyForm key="new" onCreated={onCreated} onUpdated={onUpdated} />;
  } else if (profile.isPending) {
    editor = (
      <p className="progress__text" role="status">
        <span className="spinner spinner--dark" aria-hidden="true" /> {t('loading')}
      </p>
    );
  } else if (profile.isError) {
    const missing = profile.error instanceof ApiError && profile.error.status === 404;
    editor = (
      <p className="planner__alert" role="alert">
        {missing ? t('errors.notFound') : t('errors.loadFailed')}
      </p>
    );
  } else {
    editor = <AgencyForm key={`${selected.id}`} editing={{ saved: selected, profile: profile.data }} focusTitle={justCreated} onCreated={onCreated} onUpdated={onUpdated} />;
  }

  return (
    <div className="agency-settings">
      <section className="agency-saved" aria-labelledby="agency-saved-title">
        <h2 className="section__title" id="agency-saved-title">
          {t('savedTitle')}
        </h2>
        {agencies.length === 0 ? (
          <p className="field__hint">{t('savedEmpty')}</p>
        ) : (
          <ul className="agency-saved__list" data-testid="agency-saved-list">
            {agencies.map((agency) => (
              <li key={agency.id} className={`agency-saved__item${agency.id === selectedId ? ' agency-saved__item--current' : ''}`}>
                <span className="agency-saved__name">{agency.name}</span>
                <span className="agency-saved__actions">
                  <button type="button" className="button button--secondary" aria-pressed={agency.id === selectedId} onClick={() => {
                      setSelectedId(agency.id);
                      setJustCreated(false);
                    }}>
                    {t('edit')} <span className="visually-hidden">{agency.name}</span>
                  </button>
                  <button type="button" className="button button--secondary" onClick={() => forgetAgency(agency)} aria-describedby="agency-forget-hint">
                    {t('forget')} <span className="visually-hidden">{agency.name}</span>
                  </button>
                </span>
              </li>
            ))}
          </ul>
        )}
        {agencies.length > 0 ? (
          <p className="field__hint" id="agency-forget-hint">
            {t('forgetHint')}
          </p>
        ) : null}
        {selected ? (
          <button type="button" className="button" onClick={startNew}>
            {t('newProfile')}
          </button>
        ) : null}
        <p className="agency-settings__notice" role="status">
          {notice}
        </p>
      </section>
      {editor}
    </div>
  );
}
