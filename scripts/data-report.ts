/**
 * Prints how deep and how fresh the destination data is (docs/data.md):
 *   npm run data:report
 * "Today" is TRIP_DATES_TODAY when set, else the UTC date.
 */
import { getCatalog } from '@/lib/data/catalog';
import { FRESHNESS_MONTHS, monthsBefore, reportCatalog } from '@/lib/data/data-report';

const today = process.env.TRIP_DATES_TODAY ?? new Date().toISOString().slice(0, 10);
const reports = reportCatalog(getCatalog().destinations, today);

console.log(`Destination data on ${today} (facts checked before ${monthsBefore(today, FRESHNESS_MONTHS)} are stale)`);
for (const report of reports) {
  const categories = Object.entries(report.byCategory)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([category, count]) => `${category} ${count}`)
    .join(', ');
  console.log(`\n${report.slug}: ${report.places} places`);
  console.log(`  categories: ${categories}`);
  console.log(
    `  food ${report.food} · day trips ${report.dayTrips} · kidFriendly ${report.kidFriendly} · indoor ${report.indoor} · evening ${report.evening} · approximate points ${report.approximate}`,
  );
  console.log(`  oldest fact checked ${report.oldestChecked ?? '—'} · stale facts ${report.stale.length}`);
  for (const fact of report.stale) console.log(`    ${fact.checked} ${fact.placeId} (${fact.about.join(', ')})`);
}
const total = reports.reduce((sum, report) => sum + report.places, 0);
console.log(`\n${total} places in ${reports.length} destinations`);
