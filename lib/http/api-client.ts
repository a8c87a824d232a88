/**
 * The browser's one way to call our API. Every refusal becomes an ApiError that keeps what the
 * server said (status, code, message, details; see lib/http/route-handler.ts for the shape), so a
 * caller can tell a stale edit (409) from a field it must fix (400) from a server it cannot reach (0).
 * Web-standard fetch only: no framework imports, usable from any client component or test.
 */
import type { z } from 'zod';

/** Codes of failures the server did not name: it was not reached, or its answer was not ours. */
export const CLIENT_ERROR_CODES = { network: 'network', badAnswer: 'bad_answer' } as const;

/** One problem a 400 answer names: a dotted field path and why it was refused. */
export interface FieldProblem {
  field: string;
  reason: string;
}

/** A call to our API that did not succeed. `status` is 0 when the server was not reached. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;

  constructor(status: number, code: string, message: string, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }

  /** The field problems of a 400 answer (details `[{ field, reason }]`), in the server's order. */
  get problems(): FieldProblem[] {
    if (!Array.isArray(this.details)) return [];
    return this.details.flatMap((detail: { field?: unknown; reason?: unknown } | null) =>
      typeof detail?.field === 'string' && typeof detail.reason === 'string' ? [{ field: detail.field, reason: detail.reason }] : [],
    );
  }

  /** The first reason given for each top-level field (`logo.type` counts as `logo`). */
  get reasonsByField(): Record<string, string> {
    const reasons: Record<string, string> = {};
    for (const { field, reason } of this.problems) reasons[field.split('.')[0] ?? field] ??= reason;
    return reasons;
  }

  /** The resource's revision now, when a 409 names it. */
  get currentRevision(): number | undefined {
    const current = (this.details as { currentRevision?: unknown } | undefined)?.currentRevision;
    return typeof current === 'number' ? current : undefined;
  }
}

export interface ApiRequest {
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Sent as the JSON body. */
  json?: unknown;
  /** An edit token, sent as `Authorization: Bearer …`. */
  token?: string;
  signal?: AbortSignal;
}

/** The server's `{ error: { code, message, details } }`, or undefined for any other body. */
function errorEnvelope(body: unknown): { code: string; message: string; details?: unknown } | undefined {
  const error = (body as { error?: { code?: unknown; message?: unknown; details?: unknown } } | null | undefined)?.error;
  return typeof error?.code === 'string' && typeof error.message === 'string' ? { code: error.code, message: error.message, details: error.details } : undefined;
}

/**
 * Sends the request and answers the response when it is a success (2xx). Throws ApiError when the
 * server is not reached or refuses; an aborted call rethrows the AbortError untouched.
 */
export async function apiResponse(path: string, request: ApiRequest = {}): Promise<Response> {
  const headers = new Headers();
  if (request.json !== undefined) headers.set('content-type', 'application/json');
  if (request.token) headers.set('authorization', `Bearer ${request.token}`);
  let response: Response;
  try {
    response = await fetch(path, {
      method: request.method ?? 'GET',
      headers,
      ...(request.json === undefined ? {} : { body: JSON.stringify(request.json) }),
      ...(request.signal ? { signal: request.signal } : {}),
    });
  } catch (error) {
    if (request.signal?.aborted) throw error;
    const cause = error instanceof Error ? ` (${error.message})` : '';
    throw new ApiError(0, CLIENT_ERROR_CODES.network, `Could not reach the server${cause}. Check your connection and try again.`);
  }
  if (response.ok) return response;
  const envelope = errorEnvelope(await response.json().catch(() => undefined));
  if (envelope) throw new ApiError(response.status, envelope.code, envelope.message, envelope.details);
  throw new ApiError(response.status, CLIENT_ERROR_CODES.badAnswer, `${request.method ?? 'GET'} ${path} answered HTTP ${response.status}. Try again; if it keeps happening, report it.`);
}

/**
 * Sends the request and answers its JSON body (undefined for 204). With a schema the body is parsed
 * through it, so a caller never works from an answer of the wrong shape.
 */
export async function apiJson<T>(path: string, request?: ApiRequest, schema?: z.ZodType<T>): Promise<T> {
  const response = await apiResponse(path, request);
  if (response.status === 204) return undefined as T;
  const body: unknown = await response.json().catch(() => {
    throw new ApiError(response.status, CLIENT_ERROR_CODES.badAnswer, `${path} answered something that is not JSON. Reload the page; if it keeps happening, report it.`);
  });
  if (!schema) return body as T;
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new ApiError(response.status, CLIENT_ERROR_CODES.badAnswer, `${path} answered an unexpected shape. Reload the page; if it keeps happening, report it.`, parsed.error.issues);
  return parsed.data;
}
