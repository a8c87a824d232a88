'use client';

// A client component: loading.tsx gets no params, so on the server its translations would make
// next-intl read request headers and turn every page below into a dynamic one.
import { useTranslations } from 'next-intl';

/** Shown by loading.tsx while a segment renders: the page's rough shape, announced as loading. */
export function PageSkeleton({ variant = 'page' }: { variant?: 'page' | 'explorer' }) {
  const t = useTranslations('Common');
  return (
    <div className={`page-skeleton page-skeleton--${variant}`} aria-busy="true" role="status">
      <span className="visually-hidden">{t('loading')}</span>
      <span className="page-skeleton__line page-skeleton__line--title" />
      <span className="page-skeleton__line" />
      <div className="page-skeleton__blocks">
        <span className="page-skeleton__block" />
        <span className="page-skeleton__block" />
        <span className="page-skeleton__block" />
      </div>
    </div>
  );
}
