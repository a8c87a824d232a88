/**
 * Edit tokens, the one credential for changing a saved plan or an agency profile: made here, stored
 * only as their SHA-256 hash, and checked here, so plans and agencies refuse a request the same way
 * (401 without a token, 403 with a wrong one) and compare in constant time.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { ForbiddenError, UnauthorizedError } from '@/lib/errors';

/** 32 random bytes: 256 bits, 43 URL-safe characters. */
const EDIT_TOKEN_BYTES = 32;
/** The shape of the tokens we hand out (base64url, no padding); anything else is refused unhashed. */
const EDIT_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** A new random edit token (256 bits, URL-safe). Show it to its owner once; store only hashEditToken(token). */
export function newEditToken(): string {
  return randomBytes(EDIT_TOKEN_BYTES).toString('base64url');
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

/** The token of an `Authorization: Bearer <token>` header, if the request has one. */
export function bearerToken(request: Request): string | undefined {
  const authorization = request.headers.get('authorization');
  return authorization ? /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1] : undefined;
}

/** What to tell the caller, in the words of the thing being edited. */
export interface EditTokenRefusals {
  /** No token came: where to send it. */
  missing: string;
  /** The token does not match: where the right one is. */
  wrong: string;
}

/** Throws UnauthorizedError (401) without a credential, ForbiddenError (403) when it is not the token of `storedHash`. */
export function requireEditToken(credential: string | undefined, storedHash: string, refusals: EditTokenRefusals): asserts credential is string {
  if (!credential) throw new UnauthorizedError(refusals.missing);
  if (!editTokenMatches(credential, storedHash)) throw new ForbiddenError(refusals.wrong);
}
