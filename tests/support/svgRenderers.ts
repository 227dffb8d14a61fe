// Finds the SVG renderers an exported map must open in besides Chromium (librsvg's rsvg-convert,
// the renderer of GNOME, Wikipedia and many converters), installing Debian’s librsvg2-bin when
// run as root with apt, as ensure-chromium.mjs does for Chromium. Returns null when it cannot:
// the portability check then says so and is skipped rather than failing for a missing tool.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const RSVG = '/usr/bin/rsvg-convert';

export function ensureRsvgConvert(): string | null {
  if (existsSync(RSVG)) return RSVG;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) return null;
  try {
    execSync('DEBIAN_FRONTEND=noninteractive apt-get install -y -qq librsvg2-bin || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq librsvg2-bin)', { stdio: 'inherit' });
  } catch {
    return null;
  }
  return existsSync(RSVG) ? RSVG : null;
}
