/**
 * The fault-tolerant FlowZap Code parser: text → `{ ast, diagnostics }`, in one linear pass, never
 * throwing. One statement per line; what a line is follows from its first tokens (strings are read
 * as whole tokens), never from searching the line for `->`. Recovery is per line: a bad line costs
 * one error and the next line parses normally. Lane structure (`{`/`}`) is tracked here; whether
 * references resolve is the model's job (`buildModel`).
 */
import type { FzDiagnostic } from '../model/types';
import type {
  FzAst,
  FzAstComment,
  FzAstEdge,
  FzAstItem,
  FzAstLane,
  FzAstLoop,
  FzAstNode,
  FzAstStatement,
} from './ast';
import { capDiagnostics, sortDiagnostics, type DiagnosticSink } from './diagnosticSink';
import { shortToken } from './diagnostics';
import { findUnprintable } from './escapes';
import { createLineIndex, type FzLineIndex } from './lineIndex';
import { ParseContext } from './parseContext';
import { fastEdge } from './fastEdge';
import { fastNode } from './fastNode';
import { parseEdge } from './parseEdge';
import { parseLoop } from './parseLoop';
import { parseNode } from './parseNode';
import {
  DASH,
  DOT,
  GT,
  HASH,
  LBRACE,
  LBRACKET,
  RBRACE,
  SLASH,
  COLON,
  isIdentStart,
} from './scanner';

/** What {@link parseFz} returns. */
export interface FzParseResult {
  ast: FzAst;
  /** Syntax-level diagnostics only, sorted by position and capped (see `capDiagnostics`). */
  diagnostics: FzDiagnostic[];
}

/**
 * Receives statements as they are parsed, instead of (or besides) an AST. The objects passed may be
 * reused for the next statement when no AST is kept: a listener must copy what it needs.
 */
export interface FzStatementListener {
  /** Called once before any statement, with the text's line index and the diagnostic sink. */
  begin(lines: FzLineIndex, sink: DiagnosticSink): void;
  /** A lane header was read (its label may still be set by a legacy label line that follows). */
  lane(lane: FzAstLane): void;
  /** A node statement, inside `lane` or at the top level (null). */
  node(node: FzAstNode, lane: FzAstLane | null): void;
  /** An edge statement, inside `lane` or at the top level (null). */
  edge(edge: FzAstEdge, lane: FzAstLane | null): void;
  /** A loop statement, inside `lane` or at the top level (null). */
  loop(loop: FzAstLoop, lane: FzAstLane | null): void;
}

/** Parser state for one text beyond the shared context: the open lane and the output. */
class FileParser {
  readonly ctx: ParseContext;
  readonly items: FzAstItem[] = [];
  current: FzAstLane | null = null;
  /** Whether anything but blanks and comments was seen (else the file counts as empty). */
  sawStatement = false;
  readonly listener: FzStatementListener | null;
  /** Statements seen so far in the open lane (its body stays empty when streaming). */
  laneStatements = 0;

  constructor(ctx: ParseContext, listener: FzStatementListener | null) {
    this.ctx = ctx;
    this.listener = listener;
  }

  push(statement: FzAstStatement): void {
    this.laneStatements++;
    if (this.ctx.retain) {
      if (this.current) this.current.body.push(statement);
      else this.items.push(statement);
    }
  }

  invalid(start: number, end: number): void {
    this.sawStatement = true;
    this.push({ kind: 'invalid', line: this.ctx.line, start, end });
  }

  /** Parses the line `text[start, end)`. */
  line(start: number, end: number): void {
    const ctx = this.ctx;
    const s = ctx.scanner;
    s.reset(start, end);
    s.skipWs();
    if (s.atEnd()) return;
    ctx.beginStatement();
    const first = s.pos;
    const c = s.peek();
    if (c === HASH || (c === SLASH && s.peekAt(1) === SLASH)) this.comment(first, end, c === HASH);
    else if (c === RBRACE) this.close(first, end);
    else if (isIdentStart(c)) this.statement(first, end);
    else {
      const wordEnd = s.wordEnd();
      ctx.error('FZ003', first, wordEnd, shortToken(ctx.slice(first, wordEnd)));
      this.invalid(first, end);
    }
  }

  comment(start: number, end: number, hash: boolean): void {
    const ctx = this.ctx;
    const text = ctx.text;
    let t = start + (hash ? 1 : 2);
    while (t < end && (text.charCodeAt(t) === 32 || text.charCodeAt(t) === 9)) t++;
    let e = end;
    while (e > t && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9)) e--;
    const comment: FzAstComment = {
      kind: 'comment',
      marker: hash ? '#' : '//',
      text: ctx.slice(t, e),
      line: ctx.line,
      start,
      end: e > t ? e : start + (hash ? 1 : 2),
    };
    const lane = this.current;
    if (hash && lane && lane.label === null && this.laneStatements === 0 && comment.text !== '') {
      // Legacy layout (flowzap-mcp ≤ 1.2): the display label on the line after a bare `Id {`.
      lane.label = comment.text;
      lane.labelStart = t;
      lane.labelEnd = e;
      lane.legacyLabel = comment;
      const bad = findUnprintable(text, t, e);
      if (bad >= 0) ctx.onUnprintable(bad);
      ctx.warn('FZ108', comment.start, comment.end, shortToken(lane.id), shortToken(comment.text));
      return;
    }
    ctx.warn('FZ109', comment.start, comment.end);
    this.push(comment);
  }

  close(start: number, end: number): void {
    const ctx = this.ctx;
    const s = ctx.scanner;
    s.pos++;
    s.skipWs();
    if (!this.current) {
      ctx.error('FZ017', start, start + 1);
      this.invalid(start, end);
      return;
    }
    if (!s.atEnd()) ctx.errorHere('FZ020', 'the end of the line after `}`', ctx.found());
    this.current.closeStart = start;
    this.current = null;
  }

  statement(first: number, end: number): void {
    const ctx = this.ctx;
    const s = ctx.scanner;
    const idEnd = s.scanIdent();
    s.skipWs();
    const next = s.peek();
    this.sawStatement = true;
    if (next === COLON) {
      // Clean lines (nearly all of a big file) take the fast path; the rest the careful one.
      const node = fastNode(ctx, first, idEnd) ?? parseNode(ctx, first, idEnd);
      if (!node) return this.invalid(first, end);
      if (!this.current) ctx.error('FZ019', node.idStart, node.idEnd, shortToken(node.id));
      this.push(node);
      this.listener?.node(node, this.current);
    } else if (next === LBRACE) {
      this.laneHeader(first, idEnd, end);
    } else if (next === DOT || (next === DASH && s.peekAt(1) === GT)) {
      const edge = fastEdge(ctx, first, idEnd) ?? parseEdge(ctx, first, idEnd);
      if (!edge) return this.invalid(first, end);
      this.push(edge);
      this.listener?.edge(edge, this.current);
    } else if (next === LBRACKET && ctx.isWord(first, idEnd, 'loop')) {
      const loop = parseLoop(ctx, first);
      if (!loop) return this.invalid(first, end);
      this.push(loop);
      this.listener?.loop(loop, this.current);
    } else {
      const shown = shortToken(ctx.slice(first, Math.min(end, first + 60)).trimEnd());
      ctx.error('FZ003', first, idEnd, shown);
      this.invalid(first, end);
    }
  }

  laneHeader(idStart: number, idEnd: number, end: number): void {
    const ctx = this.ctx;
    const s = ctx.scanner;
    const text = ctx.text;
    const id = ctx.slice(idStart, idEnd);
    const openStart = s.pos;
    s.pos++;
    s.skipWs();
    const lane: FzAstLane = {
      kind: 'lane',
      id,
      idStart,
      idEnd,
      label: null,
      labelStart: -1,
      labelEnd: -1,
      legacyLabel: null,
      openStart,
      closeStart: -1,
      body: [],
      line: ctx.line,
      start: idStart,
      end,
    };
    let closedInline = false;
    if (s.peek() === HASH) {
      let t = s.pos + 1;
      while (t < end && (text.charCodeAt(t) === 32 || text.charCodeAt(t) === 9)) t++;
      let e = end;
      while (e > t && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9)) e--;
      if (e > t) {
        lane.label = ctx.slice(t, e);
        lane.labelStart = t;
        lane.labelEnd = e;
        const bad = findUnprintable(text, t, e);
        if (bad >= 0) ctx.onUnprintable(bad);
      }
    } else if (s.peek() === RBRACE) {
      const close = s.pos;
      s.pos++;
      s.skipWs();
      if (s.atEnd()) {
        lane.closeStart = close;
        closedInline = true;
      } else {
        ctx.errorHere('FZ020', 'the end of the line after `}`', ctx.found());
      }
    } else if (!s.atEnd()) {
      const expected = '`# Display label` or the end of the line after `{`';
      ctx.errorHere('FZ020', expected, ctx.found());
    }
    if (this.current) {
      // Most likely a forgotten `}`: report once here and carry on as if the outer lane ended.
      ctx.error('FZ018', idStart, idEnd, shortToken(id), shortToken(this.current.id));
    }
    this.items.push(lane);
    this.listener?.lane(lane);
    this.current = closedInline ? null : lane;
    this.laneStatements = 0;
  }

  finish(): void {
    const ctx = this.ctx;
    if (this.current) {
      ctx.beginStatement();
      const lane = this.current;
      ctx.error('FZ016', lane.idStart, lane.idEnd, shortToken(lane.id));
    }
    if (!this.sawStatement) {
      const at = ctx.sink.lines.bomLength;
      ctx.beginStatement();
      ctx.error('FZ001', at, at);
    }
  }
}

/**
 * Parses FlowZap Code. Never throws, whatever the input (binary, NUL bytes, 10 MB lines); linear in
 * the text length. Accepts LF, CRLF, lone CR, a UTF-8 BOM, tabs, blank lines anywhere, comments,
 * statements after the last lane and the legacy lane-label line. Returns the AST (always) and the
 * syntax diagnostics; reference checks and style warnings come from `analyzeFz`.
 */
export function parseFz(text: string): FzParseResult {
  const { ast, sink } = parseWithSink(text);
  return { ast, diagnostics: capDiagnostics(sortDiagnostics(sink.list)) };
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
  return { ast: { kind: 'file', items: parser.items, lines }, sink: ctx.sink };
}
