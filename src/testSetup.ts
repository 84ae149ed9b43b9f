/**
 * Vitest setup for property tests (fast-check). Locally every run explores new random cases; in CI
 * (`CI` set) the seed is fixed so that a landing never depends on luck and a failure reproduces
 * exactly. `FC_SEED=<n>` replays a seed that fast-check printed with a counterexample.
 */
import fc from 'fast-check';

const seed = process.env.FC_SEED ?? (process.env.CI ? '20261129' : undefined);
if (seed !== undefined) fc.configureGlobal({ seed: Number(seed) });
