'use client';

import { useTranslations } from 'next-intl';
import type { CSSProperties } from 'react';

interface AgencyPreviewProps {
  name: string;
  contact: string;
  accentColor: string;
  defaultNote: string;
  /** A data: URL or the stored logo's URL; none shows the name alone. */
  logoSrc: string | undefined;
}

/** A live sketch of the branded PDF cover: accent band, logo, name, contact line and the note. */
export function AgencyPreview({ name, contact, accentColor, defaultNote, logoSrc }: AgencyPreviewProps) {
  const t = useTranslations('Agency.preview');
  return (
    <figure className="agency-preview" style={{ '--agency-accent': accentColor } as CSSProperties} data-testid="agency-preview">
      <div className="agency-preview__card">
        <div className="agency-preview__band" aria-hidden="true" />
        <div className="agency-preview__brand">
          {logoSrc ? (
            // A data: URL or our own API: next/image would add nothing but a loader for these.
            // eslint-disable-next-line @next/next/no-img-element
            <img className="agency-preview__logo" src={logoSrc} alt={t('logoAlt', { name: name || t('namePlaceholder') })} />
          ) : null}
          <div>
            <p className="agency-preview__name">{name || t('namePlaceholder')}</p>
            {contact ? <p className="agency-preview__contact">{contact}</p> : null}
          </div>
        </div>
        <p className="agency-preview__trip">{t('sampleTrip')}</p>
        <p className="agency-preview__dates">{t('sampleDates')}</p>
        {defaultNote ? <p className="agency-preview__note">{defaultNote}</p> : null}
      </div>
      <figcaption className="agency-preview__caption">{t('caption')}</figcaption>
    </figure>
  );
}
