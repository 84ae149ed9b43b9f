/**
 * Public API of instance health (README.md): the scenario's `health` settings, the per-service
 * tracker the engine consults, and the pieces it is built from.
 */
export {
  DEFAULT_ACTIVE_CHECK,
  DEFAULT_OUTLIER_DETECTION,
  DEFAULT_PANIC_THRESHOLD_PERCENT,
  DEFAULT_ROUTE_TIMEOUT_MS,
  SIM_INSTANCE_STATES,
  defaultHealthConfig,
} from './config';
export type {
  SimActiveCheckConfig,
  SimHealthConfig,
  SimInstanceEvent,
  SimInstanceState,
  SimOutlierConfig,
} from './config';
export { HEALTH_KEYS, parseHealthConfig } from './parse';
export type { SimHealthConfigParse, SimHealthParseOptions } from './parse';
export { createHealthTracker } from './tracker';
export type { SimHealthLogEntry, SimHealthTracker, SimHealthTrackerOptions } from './tracker';
export { NO_HEALTHY_UPSTREAM, planCall } from './callPlan';
export type { SimCallFailure, SimCallPlan } from './callPlan';
export { checkVerdict, createActiveChecker, nextCheckAt } from './activeCheck';
export type { SimActiveChecker, SimCheckTransition } from './activeCheck';
export { createOutlierDetector } from './outlier';
export type { SimOutlierDetector, SimOutlierEvent } from './outlier';
export { eligibleInstances, isPanic } from './panic';
export { createInstanceTimeline } from './timeline';
export type { SimInstanceTimeline, SimStateChange } from './timeline';
