/**
 * FlowZap style and sequence-quality rules that need the whole model: all warnings (the diagram
 * stays valid). They imitate what FlowZap's documentation asks of generated code: gap-free n1…nN
 * numbering, no orphan nodes, every cross-lane request answered (the sequence view's
 * "ping-pong"). Long labels, reference and placement rules are checked in `buildModel`.
 */
import { addAtRange, type DiagnosticSink } from '../fz/diagnosticSink';
import { shortToken } from '../fz/diagnostics';
import type { FzModelBuild } from './buildModel';
import { nodeNumber } from './nodeTable';

/** FZ101: node numbers must be exactly {1…N}; reported once, on the first out-of-range node. */
function checkNumbering(sink: DiagnosticSink, build: FzModelBuild): void {
  const { declarations } = build;
  const numbers: number[] = [];
  const at: number[] = [];
  for (let i = 0; i < declarations.count; i++) {
    const n = nodeNumber(declarations.ids[i]!);
    if (n > 0) {
      numbers.push(n);
      at.push(i);
    }
  }
  const count = numbers.length;
  const firstOut = numbers.findIndex((n) => n > count);
  if (firstOut < 0) return;
  const present = new Uint8Array(count + 1);
  for (const n of numbers) if (n <= count) present[n] = 1;
  const missing: string[] = [];
  let more = 0;
  for (let n = 1; n <= count; n++) {
    if (present[n]) continue;
    if (missing.length < 5) missing.push(`n${n}`);
    else more++;
  }
  const list = more > 0 ? `${missing.join(', ')} and ${more} more` : missing.join(', ');
  const d = at[firstOut]!;
  sink.add('FZ101', declarations.idStart(d), declarations.idEnd(d), list, String(count));
}

/** FZ104: a model node that no model edge touches. */
function checkOrphans(sink: DiagnosticSink, build: FzModelBuild): void {
  const { declarations: d, connected } = build;
  for (let i = 0; i < d.count; i++) {
    const m = d.modelIndex(i);
    if (m >= 0 && connected[m] === 0) {
      sink.add('FZ104', d.idStart(i), d.idEnd(i), shortToken(d.ids[i]!));
    }
  }
}

/** FZ110: for each ordered lane pair A→B used by an edge, some edge must go B→A. Once per pair. */
function checkResponses(sink: DiagnosticSink, build: FzModelBuild): void {
  const lanes = build.edgeLanes;
  const laneCount = build.diagram.lanes.length;
  const pairs = new Set<number>();
  for (let i = 0; i < lanes.length; i += 2) {
    const a = lanes[i]!;
    const b = lanes[i + 1]!;
    if (a !== b) pairs.add(a * laneCount + b);
  }
  if (pairs.size === 0) return;
  const reported = new Set<number>();
  for (let i = 0; i < lanes.length; i += 2) {
    const a = lanes[i]!;
    const b = lanes[i + 1]!;
    if (a === b || reported.has(a * laneCount + b) || pairs.has(b * laneCount + a)) continue;
    reported.add(a * laneCount + b);
    const edge = build.diagram.edges[i >> 1]!;
    const args = [shortToken(edge.fromLane), shortToken(edge.toLane)] as const;
    addAtRange(sink, 'FZ110', edge.range, ...args);
  }
}

/**
 * Adds the whole-model style warnings to `sink`: FZ101 numbering gaps, FZ104 orphan nodes, FZ110
 * unanswered cross-lane requests. Never throws.
 */
export function validateStyle(sink: DiagnosticSink, build: FzModelBuild): void {
  checkNumbering(sink, build);
  checkOrphans(sink, build);
  checkResponses(sink, build);
}
