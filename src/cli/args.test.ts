import { describe, expect, it } from 'vitest';
import { parseArgs } from './args';

describe('parseArgs', () => {
  it('reads a command, its files and its flags in any order', () => {
    const parsed = parseArgs(['validate', '--json', 'a.fz', 'b.fz']);
    expect(parsed).toMatchObject({ kind: 'run', command: 'validate', files: ['a.fz', 'b.fz'] });
    expect(parsed.kind === 'run' && [...parsed.flags]).toEqual(['json']);
  });

  it('takes valued flags as `--name value` or `--name=value`', () => {
    const spaced = parseArgs(['simulate', 'd.fz', '--scenario', 's.json', '--seed=7']);
    expect(spaced.kind === 'run' && Object.fromEntries(spaced.values)).toEqual({
      scenario: 's.json',
      seed: '7',
    });
  });

  it('keeps `-` as a file operand (standard input) and everything after `--`', () => {
    const parsed = parseArgs(['validate', '-', '--', '--json']);
    expect(parsed).toMatchObject({ kind: 'run', files: ['-', '--json'] });
  });

  it.each([
    [['bogus'], "unknown command 'bogus'"],
    [['--bogus'], "unknown option '--bogus'"],
    [['validate', '--check'], "unknown option '--check' for 'validate'"],
    [['simulate', 'd.fz', '--scenario'], "option '--scenario' needs a value"],
    [['format', 'a.fz', 'b.fz'], "'format' takes one file, got 2"],
    [['graph', '-x'], "unknown option '-x'"],
    [['format', '--check=yes', 'a.fz'], "option '--check' takes no value"],
    [[], 'no command given'],
  ])('reports %j as a usage error', (argv, message) => {
    expect(parseArgs(argv)).toMatchObject({ kind: 'usage-error', message });
  });

  it('asks for help or the version wherever the flag is', () => {
    expect(parseArgs(['--help'])).toEqual({ kind: 'help', command: null });
    expect(parseArgs(['help', 'format'])).toEqual({ kind: 'help', command: 'format' });
    expect(parseArgs(['graph', 'x.fz', '-h'])).toEqual({ kind: 'help', command: 'graph' });
    expect(parseArgs(['--version'])).toEqual({ kind: 'version' });
  });
});
