'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { plansApi, tokenFromHash } from './plans-api-client';
import type { PlanMeta } from './plan-types';
import { rememberPlan } from './use-my-plans';

interface EditSessionProps {
  meta: PlanMeta;
  /** The server found a valid edit cookie for this plan. */
  canEdit: boolean;
  viewHref: string;
  /** The editor; the server passes it only when `canEdit`. */
  children?: ReactNode;
}

const noSubscription = () => () => {};

/**
 * Opens the edit session from the edit link: the token in the fragment (#token=…, never sent to a
 * server) is exchanged for the http-only cookie, the fragment is dropped from the address bar, the
 * plan is remembered in My plans, and the page is rendered again by the server, now with the editor.
 * Without a valid cookie or token it says that the edit link is needed, and offers no edit controls.
 */
export function EditSession({ meta, canEdit, viewHref, children }: EditSessionProps) {
  const t = useTranslations('SavedPlan');
  const router = useRouter();
  // Read once, before the exchange drops it; only rendered after hydration (the server cannot see it).
  const [hashToken] = useState(() => (typeof window === 'undefined' ? null : (tokenFromHash(window.location.hash) ?? null)));
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  const [invalid, setInvalid] = useState(false);
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return; // StrictMode runs effects twice: exchange the token once
    started.current = true;
    if (!hashToken) {
      if (canEdit) rememberPlan({ ...meta, origin: 'opened' });
      return;
    }
    // A null state goes through Next's history sync, so the router forgets the fragment too (and a
    // later refresh does not put the token back into the address bar).
    const dropFragment = () => window.history.replaceState(null, '', window.location.pathname + window.location.search);
    plansApi
      .openSession(meta.id, hashToken)
      .then(() => {
        dropFragment();
        rememberPlan({ ...meta, token: hashToken, origin: 'opened' });
        if (!canEdit) router.refresh();
      })
      .catch(() => {
        dropFragment();
        setInvalid(true);
      });
  }, [canEdit, hashToken, meta, router]);

  if (canEdit) return <>{children}</>;
  if (!hydrated || (hashToken && !invalid)) {
    return (
      <section className="container page status-page" aria-busy="true">
        <p className="status-page__body" role="status">
          {t('openingSession')}
        </p>
      </section>
    );
  }
  return (
    <section className="container page status-page" data-testid="need-edit-link">
      <h1 className="status-page__title">{invalid ? t('invalidLinkTitle') : t('needLinkTitle')}</h1>
      <p className="status-page__body">{invalid ? t('invalidLinkBody') : t('needLinkBody')}</p>
      <p className="status-page__actions">
        <a className="button" href={viewHref}>
          {t('openViewPage')}
        </a>
      </p>
    </section>
  );
}

