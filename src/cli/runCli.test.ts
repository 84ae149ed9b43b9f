import { describe, expect, it } from 'vitest';
import { createNodeIo } from './io';
import { runCli } from './runCli';
import { runFz } from './testing';
import packageJson from '../../package.json' with { type: 'json' };

describe('runCli', () => {
  it('prints the usage on stdout for --help (exit 0) and on stderr for mistakes (exit 2)', async () => {
    const help = await runFz('.', ['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('fz validate FILE... [--json]');
    expect(help.stdout).toContain('70  internal error');

    const unknown = await runFz('.', ['frobnicate', 'x.fz']);
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toMatch(/^fz: unknown command 'frobnicate'\n\nfz .*\n\nUsage:/);

    const badFlag = await runFz('.', ['graph', '--json', 'x.fz']);
    expect(badFlag.code).toBe(2);
    expect(badFlag.stderr).toContain("fz: unknown option '--json' for 'graph'");
    expect(badFlag.stderr).toContain('Usage: fz graph FILE');
  });

  it('documents the array shape of validate --json in the command help', async () => {
    const help = await runFz('.', ['validate', '--help']);
    expect(help.stdout).toContain('always an array, even for a single file');
  });

  it('prints the package version', async () => {
    expect(await runFz('.', ['--version'])).toEqual({
      code: 0,
      stdout: `${packageJson.version}\n`,
      stderr: '',
    });
  });

  it('turns anything thrown into one "internal error" line and exit 70', async () => {
    let stderr = '';
    const io = createNodeIo({
      stdout: () => {
        throw new Error('disk on fire');
      },
      stderr: (text) => (stderr += text),
    });
    expect(await runCli(['--version'], io)).toBe(70);
    expect(stderr).toBe('fz: internal error: disk on fire\n');
  });
});
