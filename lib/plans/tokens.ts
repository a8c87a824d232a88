/**
 * Identifiers and secrets of saved plans. A plan id is public (it is the share link); the edit token
 * is the only credential for changing the plan: we return it once and keep only its SHA-256 hash.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 16 random bytes: 128 bits, 22 URL-safe characters. */
const PLAN_ID_BYTES = 16;
/** 32 random bytes: 256 bits, 43 URL-safe characters. */
const EDIT_TOKEN_BYTES = 32;

/** The shape of ids and tokens we hand out (base64url, no padding); anything else is refused unread. */
const PLAN_ID_PATTERN = /^[A-Za-z0-9_-]{22}$/;
const EDIT_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** A new random, unguessable plan id (128 bits, URL-safe). */
export function newPlanId(): string {
  return randomBytes(PLAN_ID_BYTES).toString('base64url');
}

/** A new random edit token (256 bits, URL-safe). Show it to its owner once; store only hashEditToken(token). */
export function newEditToken(): string {
  return randomBytes(EDIT_TOKEN_BYTES).toString('base64url');
}

/** True when `id` has the shape of a plan id (cheap check before any database access). */
export function isPlanIdShape(id: string): boolean {
  return PLAN_ID_PATTERN.test(id);
}

/** The stored form of an edit token: SHA-256, hex. A fast hash is enough for a 256-bit random secret. */
export function hashEditToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Compares a presented token with a stored hash in constant time (of the hash length). */
export function editTokenMatches(token: string, storedHash: string): boolean {
  if (!EDIT_TOKEN_PATTERN.test(token)) return false;
  const presented = Buffer.from(hashEditToken(token), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return stored.length === presented.length && timingSafeEqual(presented, stored);
}

/** Name of the http-only cookie that holds a plan's edit token for the browser's edit page. */
export function editCookieName(planId: string): string {
  return `bw_edit_${planId}`;
}

/** The paths the edit cookie is sent to: the plan's pages and its API (one cookie per path). */
export function editCookiePaths(planId: string): string[] {
  return [`/p/${planId}`, `/api/plans/${planId}`];
}
