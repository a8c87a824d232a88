/**
 * The checks the planner form can make before leaving the page: the request's shape, through the
 * planner's own zod schema (so the form and the server never disagree on ranges or formats). Rules
 * that need the catalog (known slugs, plannable must-see places) are the plan page's to report.
 */
import type { Locale } from '@/lib/i18n/locale';
import { planRequest } from '@/lib/planner/request';
import { startDateProblem, type TripDateWindow } from '@/lib/planner/trip-dates';
import { fieldOfDetail, toPlanRequest, type PlanField, type PlanFormValues } from '@/lib/trip-query/plan-query';

/**
 * The form fields whose values the planner would refuse, each once, in the schema's order; a start
 * date outside the server's window of new trips is refused too.
 */
export function invalidFields(values: PlanFormValues, locale: Locale, dateWindow: TripDateWindow): PlanField[] {
  const result = planRequest.safeParse(toPlanRequest(values, locale));
  const fields = result.success ? [] : result.error.issues.map((issue) => fieldOfDetail(issue.path.join('.')));
  const dated = result.success || !fields.includes('startDate');
  if (dated && startDateProblem(values.startDate, dateWindow)) fields.unshift('startDate');
  return [...new Set(fields)];
}
