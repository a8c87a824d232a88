import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import type { DestinationSummary } from '@/lib/data/catalog';
import type { LocalizedText } from '@/lib/data/schema';
import { BestMonths } from './best-months';

interface DestinationCardProps {
  destination: Pick<DestinationSummary, 'slug' | 'country' | 'name' | 'tagline' | 'bestMonths' | 'placeCount'>;
  lang: keyof LocalizedText;
}

/** A whole-card link to the destination's explorer. */
export function DestinationCard({ destination, lang }: DestinationCardProps) {
  const t = useTranslations('DestinationCard');
  const tc = useTranslations('Common.countries');
  const name = destination.name[lang];
  return (
    <li className={`destination-card destination-card--${destination.country.toLowerCase()}`}>
      <p className="destination-card__country">{tc(destination.country)}</p>
      <h3 className="destination-card__name">
        <Link href={`/destinations/${destination.slug}`} className="destination-card__link">
          {name}
        </Link>
      </h3>
      <p className="destination-card__tagline">{destination.tagline[lang]}</p>
      <dl className="destination-card__facts">
        <dt>{t('bestTime')}</dt>
        <dd>
          <BestMonths months={destination.bestMonths} style="short" />
        </dd>
      </dl>
      <p className="destination-card__count">{t('places', { count: destination.placeCount })}</p>
      <span className="destination-card__cta" aria-hidden="true">
        {t('explore', { name })} →
      </span>
    </li>
  );
}
