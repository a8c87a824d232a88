/**
 * The app's error vocabulary. Every thrown error we own is an AppError with a stable `code` and a
 * message that tells the reader what to do; route handlers map `status` to the HTTP answer.
 */
export class AppError extends Error {
  readonly code: string;
  readonly status: number;
  readonly details?: unknown;
  /** Response headers the answer must carry, e.g. Retry-After on a 429; set by subclasses that need them. */
  readonly headers?: Record<string, string>;

  constructor(code: string, message: string, status = 500, details?: unknown) {
    super(message);
    this.name = new.target.name;
    this.code = code;
    this.status = status;
    this.details = details;
  }
}

/** A request named something we do not have (unknown slug, id or format). */
export class NotFoundError extends AppError {
  constructor(message: string, details?: unknown) {
    super('not_found', message, 404, details);
  }
}

/** A request failed validation; `details` lists `{ field, reason }` for each problem. */
export class ValidationError extends AppError {
  constructor(message: string, details: { field: string; reason: string }[]) {
    super('invalid_request', message, 400, details);
  }
}

/** A file under data/ broke its schema or a cross-record rule; names the file, record and field. */
export class DataError extends AppError {
  constructor(message: string) {
    super('invalid_data', message, 500);
  }
}

/** Configuration (environment) is missing or malformed; raised at start-up. */
export class ConfigError extends AppError {
  constructor(message: string) {
    super('invalid_config', message, 500);
  }
}

/** A write came without credentials (no edit token or edit session); answered 401. */
export class UnauthorizedError extends AppError {
  constructor(message: string) {
    super('unauthorized', message, 401);
  }
}

/** A write came with credentials that do not grant it (a wrong edit token); answered 403. */
export class ForbiddenError extends AppError {
  constructor(message: string) {
    super('forbidden', message, 403);
  }
}

/** A write was based on a state that has since changed (a stale revision); answered 409. */
export class ConflictError extends AppError {
  constructor(message: string, details?: unknown) {
    super('conflict', message, 409, details);
  }
}

/** A request body larger than the route accepts; answered 413 before the rest is read. */
export class PayloadTooLargeError extends AppError {
  constructor(limitBytes: number) {
    super('payload_too_large', `The request body is larger than ${Math.round(limitBytes / 1024)} KiB. Send less data.`, 413, { limitBytes });
  }
}

/** A body in a format the route does not read (e.g. text/plain where JSON is expected); answered 415. */
export class UnsupportedMediaTypeError extends AppError {
  constructor(expected: string, received: string | null) {
    super(
      'unsupported_media_type',
      `This endpoint reads ${expected} bodies, but the request says "Content-Type: ${received ?? '(none)'}". Send the body as ${expected} with that Content-Type.`,
      415,
      { expected, received },
    );
  }
}

/** The server has more work queued than it takes on (the planner's queue is full); answered 503 with Retry-After. */
export class ServiceBusyError extends AppError {
  override readonly headers: Record<string, string>;

  constructor(retryAfterSeconds: number) {
    super('busy', `The server is planning as many trips as it can take on right now. Wait ${retryAfterSeconds} s (see Retry-After) and try again.`, 503, { retryAfterSeconds });
    this.headers = { 'retry-after': String(retryAfterSeconds) };
  }
}
