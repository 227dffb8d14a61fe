// The exported map image as one SVG document: title and subtitle, the map (or baseline and
// scenario side by side), the legend of what is drawn, a scale bar, the data source and
// confidence note and the UN map disclaimer. The SVG file is this document; the PNG is this
// document drawn on a canvas, so both carry the same content.
import { mergeInventories, drawLegend, legendItems, type LegendItem, type LegendStyle } from './mapLegend';
import { centreLatitude, extentPlaneSize, fitMapFrame, kmPerPixel, worldPlaneSize, type MapFrame, type Rect } from './mapFrame';
import { drawMapPanel } from './mapPanel';
import { chooseScaleBar } from './scaleBar';
import { el, serializeSvg, textNode, type SvgElement, type SvgNode } from './svgTree';
import { FONT_FAMILY, textLine, textLines, type TextStyle } from './svgText';
import { estimateTextWidth, wrapText } from './textMetrics';
import type { DrawnInventory, MapImageInput } from './types';
import { isDrawnInferred } from '../model/types';

export interface ComposedMap {
  readonly svg: SvgElement;
  readonly drawn: DrawnInventory;
  readonly legend: readonly LegendItem[];
  /** The map frames, left to right as drawn (for the tiles to fetch). */
  readonly frames: readonly MapFrame[];
}

/** Type sizes in points; an A4 print at 300 dpi then has the type of a printed page. */
const TYPE = { title: 16, subtitle: 10, panelTitle: 10, legend: 8.5, note: 7, label: 7 } as const;

/** The frames the map panels take; exported so the tiles to fetch are known before composing. */
export function mapFrames(input: MapImageInput): MapFrame[] {
  return layout(input).frames;
}

/** Everything placed except the panel contents: shared by mapFrames and composeMapImage. */
function layout(input: MapImageInput) {
  const { width, height, pxPerPt: u, dir, panels } = input;
  const margin = 14 * u;
  const inner = width - 2 * margin;
  const titleLines = wrapText(input.texts.title, TYPE.title * u, inner, true);
  const subtitleLines = wrapText(input.texts.subtitle, TYPE.subtitle * u, inner);
  let y = margin + TYPE.title * u;
  const titleY = y;
  y += (titleLines.length - 1) * TYPE.title * u * 1.2;
  const subtitleY = y + TYPE.subtitle * u * 1.5;
  y = subtitleY + (subtitleLines.length - 1) * TYPE.subtitle * u * 1.25 + 8 * u;
  const panelTitleRoom = panels.length > 1 ? TYPE.panelTitle * u + 5 * u : 0;
  const blockTop = y;

  const legendStyle: LegendStyle = { fontSize: TYPE.legend * u, rowHeight: 15 * u, keyWidth: 16 * u, cssPx: 0.75 * u, dir };
  // The legend's room is reserved for everything that could be drawn; what is drawn is known
  // only once the frame is placed, and is never more.
  const possibleLegend = legendItems(possibleInventory(input), input.texts);
  const scaleWidth = 130 * u;
  const notesWidth = inner - scaleWidth - 12 * u;
  const noteSize = TYPE.note * u;
  const notes = [
    ...wrapText(input.texts.source, noteSize, notesWidth).map((text) => ({ text, italic: false })),
    ...wrapText(input.texts.disclaimer, noteSize, notesWidth).map((text) => ({ text, italic: true })),
    ...(input.tiles ? [{ text: input.texts.tileAttribution, italic: false }] : []),
  ];
  // Room for the scale bar, its note and the projection's name beside the notes.
  const footerHeight = Math.max(notes.length * noteSize * 1.3, 40 * u);
  const blockBottom = height - margin - footerHeight - 8 * u;
  const body: Rect = { x: margin, y: blockTop, width: inner, height: Math.max(blockBottom - blockTop, 40) };
  const plan = planBody(input, body, possibleLegend, legendStyle, panelTitleRoom);
  // Right to left, the first panel (the baseline) is read first, so it goes on the right.
  const rects = dir === 'rtl' && plan.arrangement === 'row' ? [...plan.rects].reverse() : plan.rects;
  const projection = input.options.projection ?? 'mercator';
  const frames = rects.map((rect) => fitMapFrame(input.bounds, rect, projection));
  const panelTitleYs = panels.length > 1 ? rects.map((rect) => rect.y - 5 * u) : null;
  return { margin, inner, body, titleLines, titleY, subtitleLines, subtitleY, panelTitleYs, legendStyle, legendBox: plan.legendBox, arrangement: plan.arrangement, notes, noteSize, footerTop: height - margin - footerHeight, scaleWidth, frames };
}

type Arrangement = 'row' | 'column';
interface BodyPlan {
  readonly arrangement: Arrangement;
  /** The map frames, in panel order (baseline first). */
  readonly rects: readonly Rect[];
  /** Where the legend goes: below the maps across the page, or in a column beside them. */
  readonly legendBox: Rect;
  /** Pixels per plane unit: how large the extent is drawn. */
  readonly scale: number;
}

/**
 * Places the maps and the legend in the body of the page so the extent is drawn as large as the
 * page allows and the page is filled: the panels side by side or one above the other, the
 * legend below them or in a column beside them, whichever draws the extent largest. Each frame
 * then takes its whole cell: the extent is centred in it and the room its shape leaves free shows
 * more of the land and sea around it, never a blank band (A4 used to keep a quarter of the page
 * empty under a before/after pair). Only where the Earth itself ends (Equal Earth's oval, Web
 * Mercator's 85°) is a frame narrower than its cell, and the whole block is then centred.
 */
function planBody(input: MapImageInput, body: Rect, legend: readonly LegendItem[], legendStyle: LegendStyle, titleRoom: number): BodyPlan {
  const u = input.pxPerPt;
  const n = input.panels.length;
  const gap = 10 * u;
  const projection = input.options.projection ?? 'mercator';
  const extent = extentPlaneSize(input.bounds, projection);
  const world = worldPlaneSize(projection);
  const below = drawLegend(legend, 0, 0, body.width, legendStyle).height;
  const widest = Math.max(0, ...legend.map((item) => legendStyle.keyWidth + legendStyle.fontSize * 0.45 + estimateTextWidth(item.label, legendStyle.fontSize)));
  const sideWidth = Math.min(widest + legendStyle.fontSize, body.width * 0.3);
  const sideHeight = drawLegend(legend, 0, 0, sideWidth, legendStyle).height;

  const candidates: BodyPlan[] = [];
  for (const arrangement of (n > 1 ? ['row', 'column'] : ['row']) as Arrangement[]) {
    for (const place of ['below', 'side'] as const) {
      if (place === 'side' && sideHeight > body.height) continue;
      const mapsWidth = place === 'side' ? body.width - sideWidth - gap : body.width;
      const mapsHeight = place === 'below' ? body.height - (below > 0 ? below + 8 * u : 0) : body.height;
      const cellWidth = arrangement === 'row' ? (mapsWidth - (n - 1) * gap) / n : mapsWidth;
      const cellHeight = (arrangement === 'row' ? mapsHeight : (mapsHeight - (n - 1) * gap) / n) - titleRoom;
      if (cellWidth < 40 || cellHeight < 40) continue;
      const scale = Math.min(cellWidth / Math.max(extent.width, 1e-9), cellHeight / Math.max(extent.height, 1e-9));
      const width = Math.min(cellWidth, scale * world.width);
      const height = Math.min(cellHeight, scale * world.height);
      // The block (maps, their titles and the legend below) is centred in the body when the Earth ends before the cell does.
      const blockWidth = arrangement === 'row' ? n * width + (n - 1) * gap : width;
      const blockHeight = (arrangement === 'row' ? height + titleRoom : n * (height + titleRoom) + (n - 1) * gap) + (place === 'below' && below > 0 ? below + 8 * u : 0);
      // A legend beside the maps stays next to them: the pair is centred together.
      const spare = place === 'side' ? body.width - blockWidth - gap - sideWidth : mapsWidth - blockWidth;
      const left = body.x + spare / 2 + (place === 'side' && input.dir === 'rtl' ? sideWidth + gap : 0);
      const top = body.y + (body.height - blockHeight) / 2;
      const rects = Array.from({ length: n }, (_, i) => ({
        x: arrangement === 'row' ? left + i * (width + gap) : left,
        y: top + titleRoom + (arrangement === 'row' ? 0 : i * (height + titleRoom + gap)),
        width,
        height,
      }));
      const mapsBottom = Math.max(...rects.map((r) => r.y + r.height));
      const legendBox: Rect = place === 'below'
        ? { x: body.x, y: mapsBottom + 8 * u, width: body.width, height: below }
        : { x: input.dir === 'rtl' ? left - gap - sideWidth : left + blockWidth + gap, y: top + titleRoom, width: sideWidth, height: sideHeight };
      candidates.push({ arrangement, rects, legendBox, scale });
    }
  }
  if (candidates.length === 0) {
    const rect = { x: body.x, y: body.y, width: body.width, height: body.height };
    return { arrangement: 'row', rects: input.panels.map(() => rect), legendBox: { ...rect, height: 0 }, scale: 0 };
  }
  // The largest drawing of the extent wins; among those within a tenth of it, the one whose frames
  // the extent fills most (the least polar sea around a world pair), then the one filling more of the page.
  const best = Math.max(...candidates.map((c) => c.scale));
  const filled = (c: BodyPlan) => c.rects.reduce((sum, r) => sum + r.width * r.height, 0);
  const extentShare = (c: BodyPlan) => Math.min(1, (c.scale * extent.width * c.scale * extent.height) / (c.rects[0]!.width * c.rects[0]!.height));
  const near = candidates.filter((c) => c.scale >= best * 0.9);
  return near.sort((a, b) => extentShare(b) - extentShare(a) || filled(b) - filled(a))[0]!;
}

/** Where the maps and the legend went: for measuring how well an export fills its page. */
export function mapLayout(input: MapImageInput): { body: Rect; frames: readonly MapFrame[]; legend: Rect; arrangement: Arrangement } {
  const l = layout(input);
  return { body: l.body, frames: l.frames, legend: l.legendBox, arrangement: l.arrangement };
}

/** The image as a tree of SVG elements, with what it drew. */
export function composeMapImage(input: MapImageInput): ComposedMap {
  const { width, height, pxPerPt: u, dir } = input;
  const l = layout(input);
  const style = (size: number, extra: Partial<TextStyle> = {}): TextStyle => ({ size: size * u, dir, ...extra });
  const startX = dir === 'rtl' ? width - l.margin : l.margin;
  const align = dir === 'rtl' ? 'right' : 'left';

  const panels = input.panels.map((panel, i) => {
    const frame = l.frames[i]!;
    const drawnPanel = drawMapPanel(frame, panel, {
      features: input.features, options: input.options, regionFilter: input.regionFilter, cssPx: 0.75 * u, dir,
      labelSize: TYPE.label * u, tiles: input.tiles ?? null, clipId: `map-clip-${i + 1}`,
    });
    const titleY = l.panelTitleYs?.[i];
    const title = panel.title && titleY !== undefined
      ? textLine(panel.title, dir === 'rtl' ? frame.rect.x + frame.rect.width : frame.rect.x, titleY, align, style(TYPE.panelTitle, { weight: 'bold' }), { class: 'panel-title' })
      : null;
    return { ...drawnPanel, title };
  });
  const drawn = mergeInventories(panels.map((p) => p.drawn));
  const legend = legendItems(drawn, input.texts);
  const legendDrawing = drawLegend(legend, l.legendBox.x, l.legendBox.y, l.legendBox.width, l.legendStyle);

  const children: SvgNode[] = [
    el('title', {}, [textNode(input.texts.title)]),
    el('rect', { width, height, fill: '#ffffff' }),
    el('g', { class: 'heading' }, [
      ...textLines(l.titleLines, startX, l.titleY, align, style(TYPE.title, { weight: 'bold' }), TYPE.title * u * 1.2, { class: 'title' }),
      ...textLines(l.subtitleLines, startX, l.subtitleY, align, style(TYPE.subtitle, { fill: '#3d3d3d' }), TYPE.subtitle * u * 1.25, { class: 'subtitle' }),
    ]),
    ...panels.flatMap((p) => [p.title, p.node].filter((n): n is SvgElement => n !== null)),
    legendDrawing.node,
    drawFooter(input, l),
  ];
  const svg = el(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', 'xmlns:xlink': 'http://www.w3.org/1999/xlink', 'xml:lang': input.lang, width, height, viewBox: `0 0 ${width} ${height}`, 'font-family': FONT_FAMILY },
    children,
  );
  return { svg, drawn, legend, frames: l.frames };
}

/** The image as an SVG document (the exported .svg file). */
export function composeMapSvg(input: MapImageInput): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serializeSvg(composeMapImage(input).svg)}\n`;
}

/** The scale bar (true at the latitude of the first frame's centre) and the notes beside it. */
function drawFooter(input: MapImageInput, l: ReturnType<typeof layout>): SvgElement {
  const { width, pxPerPt: u, dir } = input;
  const frame = l.frames[0]!;
  const latitude = centreLatitude(frame);
  const bar = chooseScaleBar(kmPerPixel(frame, latitude), l.scaleWidth * 0.9);
  const barLeft = dir === 'rtl' ? width - l.margin - bar.widthPx : l.margin;
  const barY = l.footerTop + 12 * u;
  const tick = 3 * u;
  const stroke = { stroke: '#1a1a1a', 'stroke-width': 1.2 * u * 0.75 };
  const small: TextStyle = { size: l.noteSize, dir, fill: '#1a1a1a' };
  const scale = el('g', { class: 'scale-bar', 'data-km': bar.km, 'data-width': Math.round(bar.widthPx * 10) / 10 }, [
    el('path', { d: `M${barLeft},${barY - tick}V${barY}H${barLeft + bar.widthPx}V${barY - tick}`, fill: 'none', ...stroke }),
    textLine(input.texts.formatKm(bar.km), dir === 'rtl' ? barLeft + bar.widthPx : barLeft, barY - tick - 2 * u, dir === 'rtl' ? 'right' : 'left', small),
    textLine(input.texts.scaleNote(latitude), dir === 'rtl' ? barLeft + bar.widthPx : barLeft, barY + l.noteSize * 1.3, dir === 'rtl' ? 'right' : 'left', { ...small, fill: '#3d3d3d' }),
    ...(input.texts.projectionName
      ? [textLine(input.texts.projectionName, dir === 'rtl' ? barLeft + bar.widthPx : barLeft, barY + l.noteSize * 2.6, dir === 'rtl' ? 'right' : 'left', { ...small, fill: '#3d3d3d' }, { class: 'projection' })]
      : []),
  ]);
  const notesX = dir === 'rtl' ? width - l.margin - l.scaleWidth - 12 * u : l.margin + l.scaleWidth + 12 * u;
  const notes = l.notes.map((note, i) =>
    textLine(note.text, notesX, l.footerTop + l.noteSize + i * l.noteSize * 1.3, dir === 'rtl' ? 'right' : 'left', { ...small, italic: note.italic, fill: '#3d3d3d' }, { class: note.italic ? 'disclaimer' : 'note' }),
  );
  return el('g', { class: 'footer' }, [scale, ...notes]);
}

/** Everything the panels could draw, before knowing what falls inside the frame. */
function possibleInventory(input: MapImageInput): DrawnInventory {
  const { options, regionFilter } = input;
  return mergeInventories(
    input.panels.map(({ network, changedCountries }) => {
      const visible = network.offices.filter((o) => !o.closed && (regionFilter === null || o.region === regionFilter));
      const covered = new Set(visible.flatMap((o) => o.coveredCountries));
      return {
        tiers: new Set(visible.map((o) => o.tier)),
        inferredOffices: visible.some(isDrawnInferred),
        reportingLines: options.reportingLines && visible.some((o) => o.reportsTo !== null),
        coverageLines: options.coverageLines && visible.some((o) => o.coveredCountries.length > 1),
        changedCountries: options.highlightChanged && (changedCountries?.size ?? 0) > 0,
        smallCountries: network.countries.some((c) => !c.onBasemap && covered.has(c.code)),
        regions: new Set(visible.map((o) => o.region)),
        uncovered: true,
      };
    }),
  );
}
