// The SVG renderers an exported map must open in besides Chromium, each driven from the command
// line to write a PNG of a given size:
// - librsvg's rsvg-convert (GNOME, Wikipedia, many converters; Debian librsvg2-bin),
// - Inkscape (Debian inkscape),
// - LibreOffice Impress, headless, as the stand-in for PowerPoint: the SVG opened as a slide
//   (impress_svg_Import) and exported as PNG (Debian libreoffice-impress).
// Each is installed with apt when missing and the tests run as root, as ensure-chromium.mjs does
// for Chromium. When that cannot be done, `ensure` returns null and the test is skipped with the
// exact command that would install it, rather than failing for a missing tool.
import { execFileSync, execSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';

export interface SvgRenderer {
  readonly name: string;
  /** The Debian package that provides it. */
  readonly debianPackage: string;
  readonly binary: string;
  /** Renders `svg` to a PNG of width × height at `png`. */
  render(svg: string, png: string, width: number, height: number): void;
}

export const RENDERERS: readonly SvgRenderer[] = [
  {
    name: 'librsvg (rsvg-convert)',
    debianPackage: 'librsvg2-bin',
    binary: '/usr/bin/rsvg-convert',
    render: (svg, png, width, height) => execFileSync('/usr/bin/rsvg-convert', ['--width', String(width), '--height', String(height), '--output', png, svg]),
  },
  {
    name: 'Inkscape',
    debianPackage: 'inkscape',
    binary: '/usr/bin/inkscape',
    render: (svg, png, width, height) =>
      execFileSync('/usr/bin/inkscape', ['--export-type=png', `--export-width=${width}`, `--export-height=${height}`, `--export-filename=${png}`, svg], { stdio: 'ignore', env: { ...process.env, HOME: tmpdir() } }),
  },
  {
    name: 'LibreOffice Impress',
    debianPackage: 'libreoffice-impress',
    binary: '/usr/bin/soffice',
    render: (svg, png, width, height) => {
      // A profile of its own: a running LibreOffice of the user's (or another test) would otherwise take the job.
      const profile = mkdtempSync(join(tmpdir(), 'fnp-soffice-'));
      const outDir = mkdtempSync(join(tmpdir(), 'fnp-soffice-out-'));
      try {
        const size = JSON.stringify({ PixelWidth: { type: 'long', value: String(width) }, PixelHeight: { type: 'long', value: String(height) } });
        execFileSync('/usr/bin/soffice', [
          `-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--nolockcheck',
          '--infilter=impress_svg_Import', '--convert-to', `png:impress_png_Export:${size}`, '--outdir', outDir, svg,
        ], { stdio: 'ignore', timeout: 240_000 });
        mkdirSync(dirname(png), { recursive: true });
        renameSync(join(outDir, basename(svg).replace(/\.svg$/, '.png')), png);
      } finally {
        rmSync(profile, { recursive: true, force: true });
        rmSync(outDir, { recursive: true, force: true });
      }
    },
  },
];

/** The renderer's binary, installing its Debian package first when missing and run as root with apt; null when it cannot. */
export function ensureRenderer(renderer: SvgRenderer): string | null {
  if (existsSync(renderer.binary)) return renderer.binary;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) return null;
  const install = `DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${renderer.debianPackage}`;
  try {
    execSync(`${install} || (apt-get update -qq && ${install})`, { stdio: 'inherit' });
  } catch {
    return null;
  }
  return existsSync(renderer.binary) ? renderer.binary : null;
}

/** The command that installs a renderer, for the message of a skipped test. */
export const installCommand = (renderer: SvgRenderer) => `apt-get install ${renderer.debianPackage}`;

/** librsvg's converter (kept for callers that only need rsvg-convert). */
export function ensureRsvgConvert(): string | null {
  return ensureRenderer(RENDERERS[0]!);
}
