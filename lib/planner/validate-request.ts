/** Checks of a parsed request against the destination data: every slug and place id must exist and fit the direction. */
import type { Catalog } from '@/lib/data/parse-catalog';
import { ValidationError } from '@/lib/errors';
import type { PlanRequest } from './request';

/** Throws a ValidationError listing every field that names something we do not have. */
export function validateAgainstCatalog(request: PlanRequest, catalog: Catalog): void {
  const visited = request.direction === 'KR_TO_KH' ? 'KH' : 'KR';
  const problems: { field: string; reason: string }[] = [];
  const choices = catalog.destinations.filter((d) => d.country === visited).map((d) => d.slug);
  request.destinations?.forEach((slug, i) => {
    const destination = catalog.destinationsBySlug.get(slug);
    if (!destination) problems.push({ field: `destinations.${i}`, reason: `unknown destination "${slug}"; choose from ${choices.join(', ')}` });
    else if (destination.country !== visited) problems.push({ field: `destinations.${i}`, reason: `"${slug}" is not in ${visited}; for ${request.direction} choose from ${choices.join(', ')}` });
  });
  if (request.destinations && new Set(request.destinations).size !== request.destinations.length) {
    problems.push({ field: 'destinations', reason: 'lists a destination twice' });
  }
  const checkPlace = (id: string, field: string) => {
    const entry = catalog.places.get(id);
    if (!entry) problems.push({ field, reason: `unknown place "${id}"` });
    else if (catalog.destinationsBySlug.get(entry.destination)?.country !== visited) problems.push({ field, reason: `"${id}" is not in ${visited}` });
  };
  request.mustSee.forEach((id, i) => checkPlace(id, `mustSee.${i}`));
  request.avoid.forEach((id, i) => checkPlace(id, `avoid.${i}`));
  request.pinned.forEach((pin, i) => checkPlace(pin.placeId, `pinned.${i}.placeId`));
  if (problems.length > 0) {
    const first = problems[0] as { field: string; reason: string };
    throw new ValidationError(`Invalid request: ${first.field}: ${first.reason}.`, problems);
  }
}
