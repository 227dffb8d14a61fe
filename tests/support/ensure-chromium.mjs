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

/**
 * The screenshots of the Chinese UI need a CJK font, which a bare Debian lacks (Arabic is
 * covered by DejaVu, which Chromium brings). Best effort: without it the tests still run,
 * only the Chinese screenshots show boxes.
 */
function ensureCjkFont() {
  try {
    if (execSync('fc-list :lang=zh family', { encoding: 'utf8' }).trim()) return;
  } catch {
    return; // no fontconfig: not a Debian-like system, leave fonts alone
  }
  if (!canInstallWithApt()) {
    console.warn('No Chinese font found: Chinese screenshots will show boxes (install fonts-wqy-zenhei or fonts-noto-cjk).');
    return;
  }
  try {
    execSync('DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-wqy-zenhei || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-wqy-zenhei)', { stdio: 'inherit' });
  } catch {
    console.warn('Could not install fonts-wqy-zenhei: Chinese screenshots will show boxes.');
  }
}

export function ensureChromium() {
  const found = findChromium();
  if (found) {
    ensureCjkFont();
    return found;
  }
  if (canInstallWithApt()) {
    console.log('No Chromium found: installing Debian\'s "chromium" package (about 30 s)…');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
    const installed = findChromium();
    if (installed) {
      ensureCjkFont();
      return installed;
    }
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
