/**
 * The app's rate limits and quotas per client address: which actions are limited, their rules (from
 * the environment), the one process-wide limiter, and the 429 answers. Routes opt in with
 * `rateLimited(action, handler)`; the agency creation quota is taken where a creation is about to happen.
 */
import { env, type Env } from '@/lib/config/env';
import { AppError } from '@/lib/errors';
import { clientAddress } from './client-address';
import { RateLimiter, type BucketRule } from './rate-limit';

/** Requests limited per client: saving a plan, editing or restoring one, writing an agency, exporting. */
export type LimitedAction = 'save' | 'edit' | 'agency' | 'export';

/** Too many requests of one action in a short time; answered 429 with Retry-After. */
export class RateLimitedError extends AppError {
  override readonly headers: Record<string, string>;

  constructor(action: LimitedAction, retryAfterSeconds: number) {
    super('rate_limited', `Too many ${ACTION_WORDS[action]} from your address in a short time. Wait ${retryAfterSeconds} s (see Retry-After) and try again.`, 429, { action, retryAfterSeconds });
    this.headers = { 'retry-after': String(retryAfterSeconds) };
  }
}

/** The daily agency creation quota is used up; answered 429 with Retry-After. */
export class AgencyQuotaError extends AppError {
  override readonly headers: Record<string, string>;

  constructor(perDay: number, retryAfterSeconds: number) {
    super(
      'quota_exceeded',
      `Your address has created ${perDay} agency profiles in the last 24 hours, the daily limit. Edit an existing profile with PATCH /api/agencies/{id}, or wait ${retryAfterSeconds} s (see Retry-After).`,
      429,
      { quota: 'agency_creations_per_day', limit: perDay, retryAfterSeconds },
    );
    this.headers = { 'retry-after': String(retryAfterSeconds) };
  }
}

const ACTION_WORDS: Record<LimitedAction, string> = { save: 'plan saves', edit: 'plan edits', agency: 'agency changes', export: 'exports' };

const MINUTES_PER_DAY = 24 * 60;

function ruleOf(config: Env, action: LimitedAction): BucketRule {
  switch (action) {
    case 'save':
      return { burst: config.RATE_LIMIT_SAVE_BURST, perMinute: config.RATE_LIMIT_SAVE_PER_MINUTE };
    case 'edit':
      return { burst: config.RATE_LIMIT_EDIT_BURST, perMinute: config.RATE_LIMIT_EDIT_PER_MINUTE };
    case 'agency':
      return { burst: config.RATE_LIMIT_AGENCY_BURST, perMinute: config.RATE_LIMIT_AGENCY_PER_MINUTE };
    case 'export':
      return { burst: config.RATE_LIMIT_EXPORT_BURST, perMinute: config.RATE_LIMIT_EXPORT_PER_MINUTE };
  }
}

// One limiter per process, made on first use so that it sees the validated environment.
let limiter: RateLimiter | undefined;

function limiterOf(config: Env): RateLimiter {
  limiter ??= new RateLimiter(config.RATE_LIMIT_MAX_CLIENTS);
  return limiter;
}

/** Wraps a route handler so that each call first takes a token of `action` for the request's client, else 429. */
export function rateLimited<Args extends [Request, ...unknown[]]>(action: LimitedAction, handler: (...args: Args) => Promise<Response>) {
  return async (...args: Args): Promise<Response> => {
    const config = env();
    const taken = limiterOf(config).take(clientAddress(args[0], config.TRUST_PROXY_HOPS), action, ruleOf(config, action));
    if (!taken.allowed) throw new RateLimitedError(action, taken.retryAfterSeconds);
    return handler(...args);
  };
}

/**
 * Counts one agency creation against the client's daily quota, or throws AgencyQuotaError. A bucket
 * of AGENCY_CREATIONS_PER_DAY that refills over 24 hours: a rolling day, with no midnight reset to game.
 */
export function takeAgencyCreation(request: Request): void {
  const config = env();
  const perDay = config.AGENCY_CREATIONS_PER_DAY;
  const taken = limiterOf(config).take(clientAddress(request, config.TRUST_PROXY_HOPS), 'agencyCreation', { burst: perDay, perMinute: perDay / MINUTES_PER_DAY });
  if (!taken.allowed) throw new AgencyQuotaError(perDay, taken.retryAfterSeconds);
}
