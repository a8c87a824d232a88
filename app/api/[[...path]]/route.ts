/**
 * /api itself and any /api/… path no route handler owns: a 404 in our JSON error shape, for every
 * method and content type. Without it such requests fall through to the page routes, where a
 * multipart POST is taken for a Server Action and answered 409 "Server Action unavailable". The
 * catch-all is optional ([[...path]]) so that it matches the bare /api too. Next matches specific
 * routes before a catch-all, so this never shadows a real endpoint.
 */
import { NotFoundError } from '@/lib/errors';
import { errorResponse } from '@/lib/http/route-handler';

/** 404 `not_found` naming the method and path; the body is never read. */
function unknownEndpoint(request: Request): Response {
  const { pathname } = new URL(request.url);
  return errorResponse(new NotFoundError(`There is no API endpoint ${request.method} ${pathname}. Check the path against docs/api.md.`, { path: pathname }));
}

export const GET = unknownEndpoint;
export const POST = unknownEndpoint;
export const PUT = unknownEndpoint;
export const PATCH = unknownEndpoint;
export const DELETE = unknownEndpoint;
export const OPTIONS = unknownEndpoint;
export const HEAD = unknownEndpoint;
