/**
 * Turns thrown errors into JSON answers, so every route handler gets the same error shape:
 * `{ error: { code, message, details? } }` with the AppError's status. Anything that is not an
 * AppError is a bug on our side: it is logged and answered as a 500 without internals.
 * Uses only web-standard Request/Response, so it stays free of Next imports.
 */
import { z } from 'zod';
import { AppError, UnsupportedMediaTypeError, ValidationError } from '@/lib/errors';
import { refuseCrossSiteWrite } from './cross-site-writes';
import { readBodyLimited } from './read-body-limited';

/** A JSON error answer for any thrown value. */
export function errorResponse(error: unknown): Response {
  if (error instanceof AppError) {
    const body = { error: { code: error.code, message: error.message, ...(error.details === undefined ? {} : { details: error.details }) } };
    return Response.json(body, { status: error.status, ...(error.headers ? { headers: error.headers } : {}) });
  }
  console.error(error);
  return Response.json({ error: { code: 'internal', message: 'Something went wrong on our side. Try again; if it keeps happening, report it.' } }, { status: 500 });
}

/**
 * Wraps a route handler so that whatever it throws becomes an errorResponse. Every route handler is
 * wrapped in it, so it is also where cross-site writes with cookies are refused, before the handler runs.
 */
export function handleErrors<Args extends [Request, ...unknown[]]>(handler: (...args: Args) => Promise<Response> | Response) {
  return async (...args: Args): Promise<Response> => {
    try {
      refuseCrossSiteWrite(args[0]);
      return await handler(...args);
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/** Default cap on JSON request bodies: generous for a trip request or an itinerary, small for abuse. */
export const MAX_JSON_BYTES = 256 * 1024;

/**
 * The media type of a request, without parameters (`application/json; charset=utf-8` → `application/json`).
 */
function mediaTypeOf(request: Request): string | undefined {
  return request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase() || undefined;
}

/**
 * Reads a JSON body, refusing one not labelled `application/json` (415: a form or a `text/plain`
 * fetch is what another site can send without a CORS preflight), oversized ones (413) and malformed
 * JSON (400).
 */
export async function readJsonBody(request: Request, maxBytes = MAX_JSON_BYTES): Promise<unknown> {
  if (mediaTypeOf(request) !== 'application/json') throw new UnsupportedMediaTypeError('application/json', request.headers.get('content-type'));
  // Decoded like Request.text(): UTF-8, a leading BOM dropped, broken sequences as U+FFFD.
  const text = new TextDecoder().decode(await readBodyLimited(request, maxBytes));
  try {
    return JSON.parse(text);
  } catch {
    throw new ValidationError('The request body is not valid JSON. Send a JSON object.', [{ field: '(body)', reason: 'not valid JSON' }]);
  }
}

/** Parses input with a zod schema; failures become a ValidationError naming each field and reason. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, what = 'request'): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const details = result.error.issues.map((issue) => ({
    field: issue.path.length > 0 ? issue.path.join('.') : '(root)',
    reason: issue.message,
  }));
  const first = details[0];
  throw new ValidationError(`Invalid ${what}: ${first ? `${first.field}: ${first.reason}` : 'malformed input'}. Fix the listed fields and send it again.`, details);
}
