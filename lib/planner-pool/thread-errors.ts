/**
 * Errors cross from a worker thread as plain data (structured clone keeps only an Error's message),
 * so a planner error thrown in a worker is rebuilt here as the same kind of error it would have been
 * in process: a ValidationError stays a 400 naming its fields, any other AppError keeps its code and
 * status, and anything else stays an unexpected error (a 500) with the worker's stack.
 */
import { AppError, NotFoundError, ValidationError } from '@/lib/errors';

export interface ThreadError {
  name: string;
  message: string;
  stack?: string;
  app?: { code: string; status: number; details?: unknown };
}

/** A thrown value as data a worker can post. */
export function toThreadError(error: unknown): ThreadError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const base = { name: error.name, message: error.message, ...(error.stack ? { stack: error.stack } : {}) };
  if (error instanceof AppError) return { ...base, app: { code: error.code, status: error.status, ...(error.details === undefined ? {} : { details: error.details }) } };
  return base;
}

/** The error to throw on the request thread for a worker's ThreadError. */
export function fromThreadError(data: ThreadError): Error {
  let error: Error;
  if (data.app && data.name === 'ValidationError') error = new ValidationError(data.message, data.app.details as { field: string; reason: string }[]);
  else if (data.app && data.name === 'NotFoundError') error = new NotFoundError(data.message, data.app.details);
  else if (data.app) error = new AppError(data.app.code, data.message, data.app.status, data.app.details);
  else {
    error = new Error(data.message);
    error.name = data.name;
  }
  if (data.stack) error.stack = data.stack;
  return error;
}
