/**
 * The one entry point most consumers need: `.fz` text → AST, diagram model, every diagnostic
 * (syntax, references, style), counts. Used by the studio store on every edit and by `fz validate`.
 */
import type { FzAst } from '../fz/ast';
import { capDiagnostics, sortDiagnostics, type DiagnosticSink } from '../fz/diagnosticSink';
import { parseWithSink } from '../fz/parser';
import { buildModel, ModelBuilder, type FzModelBuild } from './buildModel';
import type { FzDiagnostic, FzDiagram } from './types';
import { validateStyle } from './validateStyle';

/** Counts of what the diagram holds (after resolution). */
export interface FzStats {
  lanes: number;
  nodes: number;
  edges: number;
  loops: number;
}

/** What {@link analyzeFz} returns. */
export interface FzAnalysis {
  /** The syntax tree (computed on first access: `analyzeFz` itself streams without keeping it). */
  readonly ast: FzAst;
  /** The diagram; partial (only what resolves) when `errorCount > 0`. */
  diagram: FzDiagram;
  /**
   * All diagnostics sorted by position (line, column, code). At most 100 per code are kept; the rest
   * of a code are summarised by one `FZ900` info diagnostic ("…and N more").
   */
  diagnostics: FzDiagnostic[];
  /** Number of errors, counting any that the cap left out of `diagnostics`. */
  errorCount: number;
  /** Number of warnings, counting any that the cap left out. */
  warningCount: number;
  stats: FzStats;
}

/**
 * Analyses FlowZap Code. Never throws, whatever the input; linear in the text length. The diagram
 * is built even when there are errors (dangling edges dropped) so the UI can show partial
 * information; a text is valid FlowZap exactly when `errorCount === 0`.
 */
export function analyzeFz(text: string): FzAnalysis {
  // Stream statements straight into the model (no AST kept: far less memory and GC on big files);
  // the AST is rebuilt on first access to `ast`.
  const builder = new ModelBuilder();
  const { sink } = parseWithSink(text, builder);
  let ast: FzAst | null = null;
  return finishAnalysis(sink, builder.finish(), () => (ast ??= parseWithSink(text).ast));
}

/**
 * {@link analyzeFz} from a kept AST (used by the formatter, which needs the AST anyway). Gives the
 * same diagram and diagnostics as `analyzeFz(text)`.
 */
export function analyzeFzWithAst(text: string): FzAnalysis {
  const { ast, sink } = parseWithSink(text);
  return finishAnalysis(sink, buildModel(ast, sink), () => ast);
}

function finishAnalysis(
  sink: DiagnosticSink,
  build: FzModelBuild,
  getAst: () => FzAst,
): FzAnalysis {
  validateStyle(sink, build);
  let errorCount = 0;
  let warningCount = 0;
  for (const d of sink.list) {
    if (d.severity === 'error') errorCount++;
    else if (d.severity === 'warning') warningCount++;
  }
  const { diagram } = build;
  return {
    get ast() {
      return getAst();
    },
    diagram,
    diagnostics: capDiagnostics(sortDiagnostics(sink.list)),
    errorCount,
    warningCount,
    stats: {
      lanes: diagram.lanes.length,
      nodes: diagram.nodes.length,
      edges: diagram.edges.length,
      loops: diagram.loops.length,
    },
  };
}
