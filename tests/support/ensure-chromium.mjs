// Finds a Chromium for the end-to-end tests, in this order: $CHROME_PATH, the usual system
// paths, else Debian's package when we are root with apt. Prints the path it settled on,
// or says exactly what to install and exits 1. (Playwright cannot download browsers here.)
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, but there is no file there. Fix the path or unset CHROME_PATH.`);
  }
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

function canInstallWithApt() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return isRoot && existsSync('/usr/bin/apt-get');
}

export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  if (canInstallWithApt()) {
    console.log('No Chromium found: installing Debian\'s "chromium" package (about 30 s)…');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
    const installed = findChromium();
    if (installed) return installed;
  }
  throw new Error(
    'The end-to-end tests need Chromium and none was found.\n' +
      '  Debian/Ubuntu: sudo apt-get install chromium   (or chromium-browser)\n' +
      '  Fedora:        sudo dnf install chromium\n' +
      '  macOS:         brew install --cask chromium\n' +
      'or point CHROME_PATH at an installed Chrome or Chromium binary.',
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(ensureChromium());
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
