/**
 * Every factory call draws from a fresh seeded stream numbered by a counter: records differ from call
 * to call (so tests do not pass by accident on identical data) yet a test run is reproducible.
 */
import { createRng, type Rng } from '../../src/shared/demo/rng';

/** The "today" of factory records; tests that care about dates pass their own. */
export const FACTORY_NOW = '2026-06-01';
const FACTORY_SEED = 0x7e57;

let sequence = 0;

export function nextRng(): Rng {
  return createRng(FACTORY_SEED, 'factory', String(sequence++));
}

/** Restarts the numbering, for a test that wants the same records as a previous run of itself. */
export function resetFactories(): void {
  sequence = 0;
}
