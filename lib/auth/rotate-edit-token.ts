/**
 * Rotating an edit token: the one step plans and agencies share when an owner revokes the links they
 * handed out. The old token stops working because only the new token's hash is stored afterwards.
 */
import { ForbiddenError } from '@/lib/errors';
import { hashEditToken, newEditToken } from './edit-token';

/**
 * Makes a new edit token and stores its hash with `replaceHash` (which must refuse, returning false,
 * when the token that authorised the rotation was itself replaced meanwhile). Returns the new token,
 * to be shown once; throws ForbiddenError (403) with `wrong` when the replacement was refused.
 */
export function rotateEditToken(replaceHash: (nextHash: string) => boolean, wrong: string): string {
  const token = newEditToken();
  if (!replaceHash(hashEditToken(token))) throw new ForbiddenError(wrong);
  return token;
}
