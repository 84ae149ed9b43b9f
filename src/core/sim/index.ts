/**
 * Public API of the simulator (simulation.md): scenario schema, presets, `simulate` and the
 * canonical result text. Everything runs on virtual time with a seeded generator.
 */
export { simulate, stringifySimResult } from './simulate';
export type { SimulateOptions, SimulateOutcome } from './simulate';
export { parseScenario, MAX_SCENARIO_REQUESTS, SIM_TOKEN_KINDS } from './scenario';
export { checkScenario } from './checkScenario';
export type { SimScenarioParse } from './scenario';
export { presetScenarios, DEFAULT_PRESET_ID } from './presets';
export type { SimPreset, SimPresetId } from './presets';
export { inferRole, SIM_ROLES } from './roles';
export type { SimRole } from './roles';
export type { SimProgressCallback } from './recorder';
export type { SimRateDecision, SimRateLimiter } from './limiters/types';
export { createTokenBucket } from './limiters/tokenBucket';
export { latencyStats, percentile } from './stats';
export * from './types';
