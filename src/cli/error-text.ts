// What the command line prints for a failure: the service's Vietnamese and English text (and the
// field-by-field details), not just the English that Error.message carries.
import { AppError } from '../features/common/errors';

export function errorText(error: unknown): string {
  if (error instanceof AppError) {
    const head = `${error.messageText.vi} / ${error.messageText.en}`;
    const details = (error.details ?? []).map((d) => `  ${d.field}: ${d.message.vi} / ${d.message.en}`);
    return [head, ...details].join('\n');
  }
  return error instanceof Error ? error.message : String(error);
}
