/**
 * The line-by-line statement parser behind `parseFz`: one statement per line; what a line is
 * follows from its first tokens (strings are read as whole tokens), never from searching the line
 * for `->`. Recovery is per line: a bad line costs one error and the next line parses normally.
 * Lane structure (`{`/`}`) is tracked here; whether references resolve is the model's job.
 * Statements go to a listener (streaming) or into columns (`columns.ts`) when the AST is kept.
 */
import type { FzAstComment, FzAstItem, FzAstLane, FzAstStatement } from './ast';
import { StatementColumns } from './columns';
import { shortToken } from './diagnostics';
import { findUnprintable } from './escapes';
import { edgeFrom, scanEdge } from './fastEdge';
import { nodeFrom, scanNode } from './fastNode';
import type { FzStatementListener } from './listener';
import type { ParseContext } from './parseContext';
import { parseEdge } from './parseEdge';
import { parseLoop } from './parseLoop';
import { parseNode } from './parseNode';
import {
  COLON,
  DASH,
  DOT,
  GT,
  HASH,
  LBRACE,
  LBRACKET,
  RBRACE,
  SLASH,
  isIdentStart,
} from './scanner';

/** Parser state for one text beyond the shared context: the open lane and the output. */
export class FileParser {
  readonly ctx: ParseContext;
  readonly items: FzAstItem[] = [];
  current: FzAstLane | null = null;
  /** Whether anything but blanks and comments was seen (else the file counts as empty). */
  sawStatement = false;
  readonly listener: FzStatementListener | null;
  /** Statements seen so far in the open lane (its body stays empty when streaming). */
  laneStatements = 0;
  /** Where the statements go when the AST is kept (no listener); null when streaming. */
  readonly columns: StatementColumns | null;
  /** The open lane's slot in `columns` (-1: top level). */
  slot = -1;

  constructor(ctx: ParseContext, listener: FzStatementListener | null) {
    this.ctx = ctx;
    this.listener = listener;
    this.columns = listener ? null : new StatementColumns(ctx.text.length);
  }

  push(statement: FzAstStatement): void {
    this.laneStatements++;
    this.columns?.object(statement, this.slot);
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
    this.slot = -1;
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
      if (this.fastNode(first, idEnd)) return;
      const node = parseNode(ctx, first, idEnd);
      if (!node) return this.invalid(first, end);
      if (!this.current) ctx.error('FZ019', node.idStart, node.idEnd, shortToken(node.id));
      this.push(node);
      this.listener?.node(node, this.current);
    } else if (next === LBRACE) {
      this.laneHeader(first, idEnd, end);
    } else if (next === DOT || (next === DASH && s.peekAt(1) === GT)) {
      if (this.fastEdge(first, idEnd)) return;
      const edge = parseEdge(ctx, first, idEnd);
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

  /**
   * The fast path of a node line: false when the line needs the careful one. Scans straight into
   * the columns when the AST is kept (nothing is copied; see `columns.ts`).
   */
  fastNode(first: number, idEnd: number): boolean {
    const ctx = this.ctx;
    const columns = this.columns;
    const out = columns ? columns.room() : ctx.fastFound;
    if (!scanNode(ctx, first, idEnd, out, columns ? columns.length + 3 : 0)) return false;
    if (!this.current) ctx.error('FZ019', first, idEnd, shortToken(ctx.slice(first, idEnd)));
    this.laneStatements++;
    if (columns) columns.node(ctx.line, this.slot);
    else this.listener?.node(nodeFrom(ctx, ctx.text, out, 0, ctx.madeAttributes), this.current);
    return true;
  }

  /** The fast path of an edge line, as {@link fastNode}. */
  fastEdge(first: number, idEnd: number): boolean {
    const ctx = this.ctx;
    const columns = this.columns;
    const out = columns ? columns.room() : ctx.fastFound;
    if (!scanEdge(ctx, first, idEnd, out, columns ? columns.length + 4 : 0)) return false;
    this.laneStatements++;
    if (columns) columns.edge(ctx.line, this.slot, ctx.edgeSeq++);
    else this.listener?.edge(edgeFrom(ctx, ctx, ctx.text, out, 0), this.current);
    return true;
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
    if (this.columns) {
      const slot = this.columns.lane(lane);
      this.slot = closedInline ? -1 : slot;
    } else this.items.push(lane);
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
