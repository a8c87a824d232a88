'use client';

import { useTranslations } from 'next-intl';
import { useClipboard } from '@/components/layout/use-clipboard';
import { useId } from 'react';

/** A read-only link with a copy button; the text stays selectable when the clipboard is refused. */
export function CopyField({ label, value, testId }: { label: string; value: string; testId?: string }) {
  const t = useTranslations('SavedPlan');
  const id = useId();
  const { state, copy } = useClipboard();

  return (
    <div className="copy-field">
      <label htmlFor={id} className="copy-field__label">
        {label}
      </label>
      <div className="copy-field__row">
        <input id={id} className="copy-field__input" readOnly value={value} onFocus={(e) => e.currentTarget.select()} data-testid={testId} />
        <button type="button" className="button button--secondary" onClick={() => copy(value)}>
          {t('copy')}
        </button>
      </div>
      <span className="copy-field__status" role="status">
        {state === 'copied' ? t('copied') : state === 'failed' ? t('copyFailed') : ''}
      </span>
    </div>
  );
}
