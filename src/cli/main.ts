/**
 * The `fz` process: runs `runCli` on the real argv and streams, and guarantees that a user never
 * sees a stack trace: anything thrown or rejected, even while loading modules, prints
 * `fz: internal error: <message>` and exits 70.
 */
const INTERNAL_ERROR = 70;

function message(error: unknown): string {
  return error instanceof Error ? error.message || error.name : String(error);
}

function internalError(error: unknown): void {
  process.stderr.write(`fz: internal error: ${message(error)}\n`);
  process.exitCode = INTERNAL_ERROR;
}

// A reader that stops early (`fz graph big.fz | head`) closes the pipe: stop quietly, as cat does.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  internalError(error);
});
process.on('uncaughtException', internalError);
process.on('unhandledRejection', internalError);

async function main(): Promise<void> {
  try {
    // Imported here, not at the top, so that a failure while loading is caught too.
    const [{ runCli }, { createNodeIo }] = await Promise.all([import('./runCli'), import('./io')]);
    process.exitCode = await runCli(process.argv.slice(2), createNodeIo());
  } catch (error) {
    internalError(error);
  }
}

void main();
