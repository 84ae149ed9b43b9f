/**
 * Public API of the FlowZap language core: parse, analyse, format, graph JSON, the diagnostic
 * catalogue and the AST types. Everything here is pure and never throws on user input.
 */
export type * from './ast';
export { parseFz, type FzParseResult } from './parser';
export { analyzeFz, type FzAnalysis, type FzStats } from '../model/analyze';
export { forEachStatement } from '../model/buildModel';
export {
  toGraphJson,
  type FzGraphJson,
  type FzGraphLane,
  type FzGraphNode,
  type FzGraphEdge,
  type FzGraphLoop,
} from '../model/graphJson';
export { cleanGraphJson } from '../model/cleanGraphJson';
export { graphJsonBytes, graphJsonText } from '../model/graphJsonText';
export {
  FZ_DIAGNOSTICS,
  diagnosticMessage,
  shortToken,
  type FzDiagnosticCode,
  type FzDiagnosticDef,
  type FzDiagnosticArgs,
} from './diagnostics';
export { MAX_DIAGNOSTICS_PER_CODE } from './diagnosticSink';
export { createLineIndex, lineCount, positionAt, rangeOf, type FzLineIndex } from './lineIndex';
export { decodeFzString, quoteFzString } from './escapes';
export { FZ_SHAPES, FZ_NODE_KEYS, isFzNodeId } from './parseNode';
export { isFzHandle } from './parseEdge';
export { formatFz, printFzAst, type FzFormatResult } from './printer';
export { printDiagram } from './printDiagram';
export {
  printNodeLine,
  printEdgeLine,
  printLoopLine,
  printLaneHeader,
  type FzNodeLine,
  type FzEdgeLine,
} from './printLines';
