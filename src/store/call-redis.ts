// One place that turns whatever a Redis call throws (connection refused or closed, offline,
// timed out, server errors) into a StoreUnavailableError, so callers handle one error.
import { ProntoError } from '../errors.ts';
import { StoreUnavailableError } from './store-errors.ts';

export async function callRedis<T>(operation: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof ProntoError) throw error;
    throw new StoreUnavailableError(operation, error);
  }
}
