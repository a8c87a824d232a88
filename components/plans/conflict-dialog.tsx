'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef } from 'react';

/**
 * Shown when a save was refused because the plan changed elsewhere (409): nothing was written, and
 * the only safe way on is to reload the plan as it is now and make the change again.
 */
export function ConflictDialog({ revision, onReload, onClose }: { revision: number | undefined; onReload: () => void; onClose: () => void }) {
  const t = useTranslations('SavedPlan');
  const titleId = useId();
  const reloadRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    reloadRef.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  return (
    <div className="dialog-backdrop">
      <div className="dialog" role="alertdialog" aria-modal="true" aria-labelledby={titleId} data-testid="conflict-dialog">
        <h2 id={titleId} className="dialog__title">
          {revision === undefined ? t('conflictTitleUnknown') : t('conflictTitle', { revision })}
        </h2>
        <p className="dialog__body">{t('conflictBody')}</p>
        <div className="dialog__actions">
          <button ref={reloadRef} type="button" className="button" onClick={onReload}>
            {t('reload')}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('close')}
          </button>
        </div>
      </div>
    </div>
  );
}
