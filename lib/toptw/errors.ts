import { AppError } from '../errors';

/** A TOPTW instance, benchmark file or warm start is malformed; the message says what to fix. */
export class ToptwInputError extends AppError {
  constructor(message: string, details?: unknown) {
    super('invalid_toptw_instance', message, 400, details);
  }
}
