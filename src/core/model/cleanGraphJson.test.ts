/**
 * The `fz graph` fast path against the full analysis: for every text it either declines (null) or
 * gives exactly the bytes of `graphJsonBytes(analyzeFz(text).diagram)`; it declines every text
 * with an error, and no text without one. The real FlowZap corpus is read from ../shared at run
 * time (never copied here); those cases skip, saying so, when it is absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateFzText } from '../testing/generateFz';
import { analyzeFz } from './analyze';
import { cleanGraphJson } from './cleanGraphJson';
import { graphJsonText } from './graphJsonText';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The fast path's answer as text, given the UTF-8 bytes (`bytes`) or only the string. */
function fast(text: string, withBytes = true): string | null {
  const json = cleanGraphJson(text, withBytes ? encoder.encode(text) : undefined);
  return json === null ? null : decoder.decode(json);
}

/** The full analysis' graph JSON, or null when the text has errors. */
function slow(text: string): string | null {
  const analysis = analyzeFz(text);
  return analysis.errorCount > 0 ? null : graphJsonText(analysis.diagram);
}

/** The contract: same answer as the full path, in both copy modes. */
function expectSameAsAnalysis(text: string): void {
  const expected = slow(text);
  expect(fast(text)).toBe(expected);
  expect(fast(text, false)).toBe(expected);
}

describe('cleanGraphJson', () => {
  it('writes generated diagrams byte for byte as the model path does', () => {
    for (const seed of [1, 2, 3]) {
      const text = generateFzText({ nodes: 600, lanes: 4, seed });
      expect(slow(text)).not.toBeNull();
      expectSameAsAnalysis(text);
    }
  });

  it('handles what the parser reads on its careful path: escapes, non-ASCII, odd spacing', () => {
    const text = [
      '\uFEFFShop { # Web Shop ✓',
      '  n1: circle label:"Say \\"hi\\""',
      '  n2 : rectangle   label : "Café ☕"  owner:"Zoë"',
      '  n3: taskbox label:"Review|Check|Sign" description:"manual" system:"ERP"',
      '  n4: diamond description:"Stock? 🚀"',
      '  n5: rectangle',
      '  // a comment',
      '  n1.handle(right) -> n2.handle(left) [label="go \\\\ on"]',
      '  n2.handle(right) -> n3.handle(left) [ label = "ok" ]',
      '  n3.handle(bottom) -> Bank.n6.handle(top)',
      '  n4.handle(right) -> n5.handle(left)',
      '  loop [until paid] n2 n3',
      '}',
      'Bank {',
      '  # Card Issuer',
      '  n6: rectangle label:"Charge"',
      '  n6.handle(left) -> Shop.n4.handle(right) [label="Ré"]',
      '}',
      '',
    ].join('\r\n');
    expect(slow(text)).not.toBeNull();
    expectSameAsAnalysis(text);
  });

  it('grows its buffer past its estimate (a 20,000-character label, a warning only)', () => {
    const text = `A { # A\n  n1: rectangle label:"${'x'.repeat(20_000)}"\n}\n`;
    expect(analyzeFz(text).warningCount).toBeGreaterThan(0);
    expect(fast(text)).not.toBeNull();
    expectSameAsAnalysis(text);
  });

  it('resolves forward references and lane prefixes on either end', () => {
    const text = [
      'A { # First',
      '  n1.handle(right) -> A.n2.handle(left)',
      '  A.n1.handle(bottom) -> B.n3.handle(top) [label="down"]',
      '  n1: circle label:"one"',
      '  n2: rectangle label:"two"',
      '}',
      'B { # Second',
      '  n3: rectangle label:"three"',
      '  n3.handle(top) -> A.n1.handle(bottom)',
      '}',
    ].join('\n');
    expectSameAsAnalysis(text);
    expect(fast(text)).not.toBeNull();
  });

  it.each([
    ['a syntax error', 'A {\n  n1: hexagon label:"x"\n}\n'],
    ['a duplicate node (FZ006)', 'A {\n  n1: circle\n  n1: circle\n}\n'],
    ['a duplicate lane (FZ021)', 'A {\n  n1: circle\n}\nA {\n  n2: circle\n}\n'],
    [
      'an undeclared target (FZ012)',
      'A {\n  n1: circle\n  n1.handle(right) -> n2.handle(left)\n}\n',
    ],
    ['an undeclared loop member (FZ012)', 'A {\n  n1: circle\n  loop [x] n1 n9\n}\n'],
    [
      'an unknown lane prefix (FZ013)',
      'A {\n  n1: circle\n  n2: circle\n  n1.handle(right) -> Z.n2.handle(left)\n}\n',
    ],
    [
      'a missing lane prefix (FZ014)',
      'A {\n  n1: circle\n  n1.handle(right) -> n2.handle(left)\n}\nB {\n  n2: circle\n}\n',
    ],
    [
      'a wrong lane prefix (FZ015)',
      'A {\n  n1: circle\n  A.n1.handle(right) -> A.n2.handle(left)\n}\nB {\n  n2: circle\n}\n',
    ],
    ['a node outside any lane (FZ019)', 'n1: circle\nA {\n  n2: circle\n}\n'],
    ['an empty file (FZ001)', '\n\n'],
  ])('declines a text with %s, as the full analysis reports it', (_name, text) => {
    expect(analyzeFz(text).errorCount).toBeGreaterThan(0);
    expect(fast(text)).toBeNull();
  });

  it('answers only for texts without errors, and then as the model path (random texts)', () => {
    const lane = fc.constantFrom('A', 'B', 'C');
    const node = fc.integer({ min: 1, max: 7 }).map((n) => `n${n}`);
    const value = fc
      .array(fc.constantFrom('a', 'Z', ' ', '|', 'é', '🚀', '\\"', '\\\\', '\t'), { maxLength: 5 })
      .map((parts) => parts.join(''));
    const attribute = fc
      .tuple(fc.constantFrom('label', 'owner', 'description', 'system'), value)
      .map(([key, v]) => `${key}:"${v}"`);
    const nodeLine = fc
      .tuple(
        node,
        fc.constantFrom('circle', 'rectangle', 'diamond', 'taskbox', 'hexagon'),
        fc.array(attribute, { maxLength: 3 }),
      )
      .map(([id, shape, attrs]) => `  ${id}: ${shape} ${attrs.join(' ')}`.trimEnd());
    const end = fc
      .tuple(fc.option(lane, { nil: null }), node, fc.constantFrom('left', 'right', 'top', 'up'))
      .map(([prefix, id, handle]) => `${prefix ? `${prefix}.` : ''}${id}.handle(${handle})`);
    const edgeLine = fc
      .tuple(end, end, fc.option(value, { nil: null }))
      .map(([a, b, label]) => `  ${a} -> ${b}${label === null ? '' : ` [label="${label}"]`}`);
    const loopLine = fc
      .array(node, { maxLength: 3 })
      .map((ids) => `  loop [again] ${ids.join(' ')}`.trimEnd());
    const line = fc.oneof(
      { arbitrary: nodeLine, weight: 4 },
      { arbitrary: edgeLine, weight: 4 },
      { arbitrary: loopLine, weight: 1 },
      { arbitrary: fc.constantFrom('  # note', '', '}', 'n1: circle'), weight: 1 },
    );
    const block = fc
      .tuple(lane, fc.array(line, { maxLength: 8 }))
      .map(([id, lines]) => [`${id} { # Lane ${id}`, ...lines, '}'].join('\n'));
    const text = fc.array(block, { minLength: 1, maxLength: 3 }).map((b) => `${b.join('\n')}\n`);
    let answered = 0;
    fc.assert(
      fc.property(text, (t) => {
        const expected = slow(t);
        expect(fast(t)).toBe(expected);
        if (expected !== null) answered++;
      }),
      { numRuns: 600 },
    );
    // The generator must reach clean texts, or the equality above was never exercised.
    expect(answered).toBeGreaterThan(20);
  });
});

const CORPUS = fileURLToPath(new URL('../../../../shared/fz-corpus/', import.meta.url));
const hasCorpus = existsSync(CORPUS);
if (!hasCorpus) console.warn(`[cleanGraphJson.test] corpus skipped: ${CORPUS} is absent`);

describe.skipIf(!hasCorpus)('cleanGraphJson on the FlowZap corpus (../shared/fz-corpus)', () => {
  const files = hasCorpus
    ? [
        ...readdirSync(CORPUS).map((f) => `${CORPUS}${f}`),
        ...readdirSync(`${CORPUS}invalid/`).map((f) => `${CORPUS}invalid/${f}`),
      ].filter((f) => f.endsWith('.fz'))
    : [];

  it.each(files)('%s: the same answer as the full analysis', (file) => {
    const bytes = readFileSync(file);
    const text = decoder.decode(bytes.subarray(bytes[0] === 0xef ? 3 : 0));
    expectSameAsAnalysis(text);
  });
});
