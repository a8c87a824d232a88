import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import type { Direction } from '@/lib/trip-query/direction';

const ROUTE_CODES: Record<Direction, [string, string]> = {
  'to-cambodia': ['KR', 'KH'],
  'to-korea': ['KH', 'KR'],
};

/**
 * The two directions as large links; the chosen one is marked aria-current. Plain links (not
 * client state) so the choice works without JavaScript and survives a reload or a shared URL.
 */
export function DirectionPicker({ selected }: { selected: Direction }) {
  const t = useTranslations('Home');
  const directions: { id: Direction; key: 'toCambodia' | 'toKorea' }[] = [
    { id: 'to-cambodia', key: 'toCambodia' },
    { id: 'to-korea', key: 'toKorea' },
  ];
  return (
    <ul className="directions">
      {directions.map(({ id, key }) => {
        const [from, to] = ROUTE_CODES[id];
        const isSelected = id === selected;
        return (
          <li key={id}>
            <Link
              href={{ pathname: '/', query: { direction: id } }}
              scroll={false}
              className="direction-card"
              aria-current={isSelected ? 'true' : undefined}
              data-direction={id}
            >
              <span className="direction-card__route" aria-hidden="true">
                <span className="direction-card__code">{from}</span>
                <span className="direction-card__arrow">→</span>
                <span className="direction-card__code">{to}</span>
              </span>
              <span className="direction-card__title">{t(`directions.${key}.title`)}</span>
              <span className="direction-card__body">{t(`directions.${key}.body`)}</span>
              {isSelected ? <span className="direction-card__selected">{t('selected')}</span> : null}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
