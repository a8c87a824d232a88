/**
 * Identifiers of saved plans and the name and paths of their edit cookie. A plan id is public (it is
 * the share link); the edit token in the cookie is the credential (lib/auth/edit-token.ts).
 */
import { randomBytes } from 'node:crypto';

/** 16 random bytes: 128 bits, 22 URL-safe characters. */
const PLAN_ID_BYTES = 16;

/** The shape of the ids we hand out (base64url, no padding); anything else is refused unread. */
const PLAN_ID_PATTERN = /^[A-Za-z0-9_-]{22}$/;

/** A new random, unguessable plan id (128 bits, URL-safe). */
export function newPlanId(): string {
  return randomBytes(PLAN_ID_BYTES).toString('base64url');
}

/** True when `id` has the shape of a plan id (cheap check before any database access). */
export function isPlanIdShape(id: string): boolean {
  return PLAN_ID_PATTERN.test(id);
}

/** Name of the http-only cookie that holds a plan's edit token for the browser's edit page. */
export function editCookieName(planId: string): string {
  return `bw_edit_${planId}`;
}

/** The paths the edit cookie is sent to: the plan's pages and its API (one cookie per path). */
export function editCookiePaths(planId: string): string[] {
  return [`/p/${planId}`, `/api/plans/${planId}`];
}
