import { describe, expect, it } from 'vitest';
import { bearerToken, editTokenMatches, hashEditToken, newEditToken, requireEditToken } from '@/lib/auth/edit-token';
import { ForbiddenError, UnauthorizedError } from '@/lib/errors';

const REFUSALS = { missing: 'Send the token.', wrong: 'Use the right token.' };

describe('edit tokens', () => {
  it('are 43 URL-safe characters, different every time, stored as a SHA-256 hex hash', () => {
    const token = newEditToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newEditToken()).not.toBe(token);
    expect(hashEditToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashEditToken(token)).not.toContain(token);
  });

  it('match only the hash of the same token, and never a token of another shape', () => {
    const token = newEditToken();
    const hash = hashEditToken(token);
    expect(editTokenMatches(token, hash)).toBe(true);
    expect(editTokenMatches(newEditToken(), hash)).toBe(false);
    // Not a token we hand out: refused before hashing, even when its hash is the stored one.
    expect(editTokenMatches('short', hashEditToken('short'))).toBe(false);
    // A damaged stored hash (wrong length) is a mismatch, not a crash.
    expect(editTokenMatches(token, hash.slice(0, 10))).toBe(false);
  });
});

describe('requireEditToken', () => {
  const token = newEditToken();
  const hash = hashEditToken(token);

  it('passes the right token', () => {
    expect(() => requireEditToken(token, hash, REFUSALS)).not.toThrow();
  });

  it('answers 401 with the "missing" message without a credential', () => {
    for (const credential of [undefined, '']) {
      const error = (() => {
        try {
          requireEditToken(credential, hash, REFUSALS);
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(UnauthorizedError);
      expect(error).toMatchObject({ status: 401, code: 'unauthorized', message: 'Send the token.' });
    }
  });

  it('answers 403 with the "wrong" message for a token of another plan or agency', () => {
    expect(() => requireEditToken(newEditToken(), hash, REFUSALS)).toThrow(ForbiddenError);
    expect(() => requireEditToken('x'.repeat(43), hash, REFUSALS)).toThrow('Use the right token.');
  });
});

describe('bearerToken', () => {
  const withAuthorization = (value?: string) => new Request('http://localhost/api/x', value === undefined ? {} : { headers: { authorization: value } });

  it('reads the token of a Bearer header, in any case and with trailing space', () => {
    expect(bearerToken(withAuthorization('Bearer abc'))).toBe('abc');
    expect(bearerToken(withAuthorization('bearer abc  '))).toBe('abc');
  });

  it('answers undefined without a header, for another scheme, or for more than one word', () => {
    expect(bearerToken(withAuthorization())).toBeUndefined();
    expect(bearerToken(withAuthorization('Basic abc'))).toBeUndefined();
    expect(bearerToken(withAuthorization('Bearer a b'))).toBeUndefined();
    expect(bearerToken(withAuthorization('Bearer'))).toBeUndefined();
  });
});
