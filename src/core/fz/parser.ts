/**
 * The fault-tolerant FlowZap Code parser: text → `{ ast, diagnostics }`, in one linear pass over
 * the lines (`fileParser.ts`), never throwing.
 */
import type { FzDiagnostic } from '../model/types';
import type { FzAst } from './ast';
import { materializeAst, type StatementColumns } from './columns';
import { capDiagnostics, sortDiagnostics, type DiagnosticSink } from './diagnosticSink';
import { FileParser } from './fileParser';
import { createLineIndex, type FzLineIndex } from './lineIndex';
import type { FzStatementListener } from './listener';
import { ParseContext } from './parseContext';

/** What {@link parseFz} returns. */
export interface FzParseResult {
  ast: FzAst;
  /** Syntax-level diagnostics only, sorted by position and capped (see `capDiagnostics`). */
  diagnostics: FzDiagnostic[];
}

export type { FzStatementListener } from './listener';

/**
 * Parses FlowZap Code. Never throws, whatever the input (binary, NUL bytes, 10 MB lines); linear in
 * the text length. Accepts LF, CRLF, lone CR, a UTF-8 BOM, tabs, blank lines anywhere, comments,
 * statements after the last lane and the legacy lane-label line. Returns the AST and the syntax
 * diagnostics; reference checks and style warnings come from `analyzeFz`. The AST is recorded
 * in columnar form while parsing and built on the first read of `ast` (see `columns.ts`).
 */
export function parseFz(text: string): FzParseResult {
  const { sink, lines, columns } = run(text, null);
  const diagnostics = capDiagnostics(sortDiagnostics(sink.list));
  let ast: FzAst | null = null;
  let pending = columns;
  return {
    get ast() {
      if (ast === null) {
        ast = materializeAst(text, lines, pending!);
        pending = null; // the records are not needed once the tree exists
      }
      return ast;
    },
    diagnostics,
  };
}

/**
 * {@link parseFz} without sorting or capping, for `analyzeFz` to add model diagnostics to the same
 * sink. With a `listener`, statements stream into it and are not kept: the returned AST then holds
 * only the lane headers (with empty bodies).
 */
export function parseWithSink(
  text: string,
  listener: FzStatementListener | null = null,
): { ast: FzAst; sink: DiagnosticSink } {
  const { sink, lines, columns, items } = run(text, listener);
  const ast = columns
    ? materializeAst(text, lines, columns)
    : { kind: 'file' as const, items, lines };
  return { ast, sink };
}

/**
 * The syntax of `text` as the parser's flat records (`columns.ts`), without building the AST: the
 * syntax diagnostics (unsorted, uncapped) in `sink`, the line index and the records. For callers
 * that read offsets straight from the records (`cleanGraphJson.ts`). Never throws.
 */
export function parseToColumns(text: string): {
  sink: DiagnosticSink;
  lines: FzLineIndex;
  columns: StatementColumns;
} {
  const { sink, lines, columns } = run(text, null);
  return { sink, lines, columns: columns! };
}

/** One pass over the lines of `text`. */
function run(text: string, listener: FzStatementListener | null) {
  const lines = createLineIndex(text);
  const ctx = new ParseContext(text, lines, listener === null);
  listener?.begin(lines, ctx.sink);
  const parser = new FileParser(ctx, listener);
  const { starts, ends } = lines;
  for (let i = 0; i < starts.length; i++) {
    ctx.line = i + 1;
    parser.line(starts[i]!, ends[i]!);
  }
  parser.finish();
  return { sink: ctx.sink, lines, columns: parser.columns, items: parser.items };
}
