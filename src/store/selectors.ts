import type { SimNodeCounters } from '../core/sim/types';
import { problemElements, type FzProblemElements } from './problemElements';
import { sameValue } from './sameValue';
import type { FzSelection, FzSelectionSource, StudioState } from './types';

/** Node badges for the canvas: `{ [nodeId]: { arrivals, passed, rejected } }` of the last finished run. */
export type NodeBadges = Record<string, Pick<SimNodeCounters, 'arrivals' | 'passed' | 'rejected'>>;

/** The `.fz` text. */
export function selectText(s: StudioState) {
  return s.text;
}

/** Diagnostics of the current text, in file order. */
export function selectDiagnostics(s: StudioState) {
  return s.analysis.diagnostics;
}

/** Number of error diagnostics of the current text. */
export function selectErrorCount(s: StudioState) {
  return s.analysis.errorCount;
}

/** Number of warning diagnostics of the current text. */
export function selectWarningCount(s: StudioState) {
  return s.analysis.warningCount;
}

/** The diagram to draw and simulate: the latest one without errors. */
export function selectCanvasDiagram(s: StudioState) {
  return s.lastGoodDiagram;
}

/** Whether the canvas shows an older diagram than the text. */
export function selectStale(s: StudioState) {
  return s.stale;
}

/** The colour scheme. */
export function selectTheme(s: StudioState) {
  return s.theme;
}

/** Id of the chosen simulation preset. */
export function selectPresetId(s: StudioState) {
  return s.presetId;
}

/** The Simulate panel's run state. */
export function selectSim(s: StudioState) {
  return s.sim;
}

/** Whether MSW's service worker started. */
export function selectMockWorker(s: StudioState) {
  return s.mockWorker;
}

/**
 * Why Run is disabled, as a sentence for the button, or null when it can run.
 * Errors come first (the diagram cannot be simulated), then a run in progress.
 */
export function selectRunBlocker(s: StudioState): string | null {
  const errors = s.analysis.errorCount;
  if (errors > 0) return `Fix ${errors} ${errors === 1 ? 'error' : 'errors'} to run`;
  if (s.sim.status === 'running') return 'Running…';
  return null;
}

/** Canonical JSON of the last finished run (`stringifySimResult`), or null. */
export function selectLastResultJson(s: StudioState): string | null {
  return s.sim.status === 'done' ? s.sim.json : null;
}

const NO_BADGES: NodeBadges = {};
const badgesByResult = new WeakMap<object, NodeBadges>();

/**
 * Per-node counters of the last finished run, shaped for the canvas (`{}` before any run). The
 * answer is memoised per result object, so React sees the same reference until a new run finishes.
 */
export function selectBadges(s: StudioState): NodeBadges {
  if (s.sim.status !== 'done') return NO_BADGES;
  const cached = badgesByResult.get(s.sim.result);
  if (cached) return cached;
  const badges: NodeBadges = {};
  for (const [id, c] of Object.entries(s.sim.result.nodes)) {
    badges[id] = { arrivals: c.arrivals, passed: c.passed, rejected: c.rejected };
  }
  badgesByResult.set(s.sim.result, badges);
  return badges;
}

/** What is selected in both panes: `{ nodes, edges }` by id. */
export function selectSelection(s: StudioState): FzSelection {
  return s.selection;
}

/** The pane the current selection came from (the other pane follows it). */
export function selectSelectionSource(s: StudioState): FzSelectionSource {
  return s.selectionSource;
}

const NO_PROBLEMS: FzProblemElements = Object.freeze({
  nodes: Object.freeze({}),
  edges: Object.freeze({}),
}) as FzProblemElements;
const problemsByAnalysis = new WeakMap<object, FzProblemElements>();
let lastProblems: FzProblemElements = NO_PROBLEMS;

/**
 * Canvas elements the current diagnostics point at (see `problemElements`). Memoised per analysis,
 * and an answer equal to the previous one is the previous object, so the canvas re-renders only
 * when the marks themselves change, not on every keystroke of a broken text.
 */
export function selectProblemElements(s: StudioState): FzProblemElements {
  const { analysis } = s;
  if (analysis.diagnostics.length === 0) return NO_PROBLEMS;
  const cached = problemsByAnalysis.get(analysis);
  if (cached) return cached;
  let marks = problemElements(s.text, analysis.diagram, analysis.diagnostics);
  if (sameValue(marks, lastProblems)) marks = lastProblems;
  problemsByAnalysis.set(analysis, marks);
  lastProblems = marks;
  return marks;
}
