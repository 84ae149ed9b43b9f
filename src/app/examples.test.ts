import { describe, expect, it } from 'vitest';
import { analyzeFz } from '../core/fz';
import { FZ_EXAMPLES } from './examples';

describe('examples of the "Open example" menu', () => {
  it.each(FZ_EXAMPLES.map((example) => [example.id, example.text] as const))(
    '%s is valid FlowZap with no warnings',
    (_id, text) => {
      const analysis = analyzeFz(text);
      expect(analysis.diagnostics).toEqual([]);
      expect(analysis.diagram.nodes.length).toBeGreaterThan(3);
    },
  );

  it('has unique ids and distinct texts', () => {
    expect(new Set(FZ_EXAMPLES.map((e) => e.id)).size).toBe(FZ_EXAMPLES.length);
    expect(new Set(FZ_EXAMPLES.map((e) => e.text)).size).toBe(FZ_EXAMPLES.length);
  });
});
