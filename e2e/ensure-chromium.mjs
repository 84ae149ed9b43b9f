// Makes sure a Chromium exists for the Playwright suite.
// Order: $CHROMIUM_PATH, Debian's /usr/bin/chromium, then (as root on Debian) apt-get install chromium,
// else Playwright's own download. Prints what it chose; exits non-zero with a clear message when none works.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
const found = candidates.find((p) => p && existsSync(p));
if (found) {
  console.log(`chromium: using ${found}`);
  process.exit(0);
}
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const isDebian = existsSync('/etc/debian_version');
try {
  if (isRoot && isDebian) {
    console.log('chromium: not found, installing Debian chromium with apt-get');
    execSync(
      'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium',
      {
        stdio: 'inherit',
      },
    );
  } else {
    console.log("chromium: not found, downloading Playwright's Chromium");
    execSync('npx playwright install chromium', { stdio: 'inherit' });
  }
} catch {
  console.error('chromium: could not install a Chromium. Set CHROMIUM_PATH to a Chromium binary.');
  process.exit(1);
}
