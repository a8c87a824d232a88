/**
 * The checks the planner form can make before leaving the page: the request's shape, through the
 * planner's own zod schema (so the form and the server never disagree on ranges or formats). Rules
 * that need the catalog (known slugs, plannable must-see places) are the plan page's to report.
 */
import type { Locale } from '@/lib/i18n/locale';
import { planRequest } from '@/lib/planner/request';
import { fieldOfDetail, toPlanRequest, type PlanField, type PlanFormValues } from './plan-query';

/** The form fields whose values the planner would refuse, each once, in the schema's order. */
export function invalidFields(values: PlanFormValues, locale: Locale): PlanField[] {
  const result = planRequest.safeParse(toPlanRequest(values, locale));
  if (result.success) return [];
  return [...new Set(result.error.issues.map((issue) => fieldOfDetail(issue.path.join('.'))))];
}
