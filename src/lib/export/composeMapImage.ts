// The exported map image as one SVG document: title and subtitle, the map (or baseline and
// scenario side by side), the legend of what is drawn, a scale bar, the data source and
// confidence note and the UN map disclaimer. The SVG file is this document; the PNG is this
// document drawn on a canvas, so both carry the same content.
import { mergeInventories, drawLegend, legendItems, type LegendItem, type LegendStyle } from './mapLegend';
import { centreLatitude, fitMapFrame, kmPerPixel, type MapFrame, type Rect } from './mapFrame';
import { drawMapPanel } from './mapPanel';
import { chooseScaleBar } from './scaleBar';
import { el, serializeSvg, textNode, type SvgElement, type SvgNode } from './svgTree';
import { FONT_FAMILY, textLine, textLines, type TextStyle } from './svgText';
import { wrapText } from './textMetrics';
import type { DrawnInventory, MapImageInput } from './types';

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
  const legendRoom = drawLegend(legendItems(possibleInventory(input), input.texts), margin, 0, inner, legendStyle).height;
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
  const available = Math.max(blockBottom - blockTop - panelTitleRoom - legendRoom - 8 * u, 40);
  const gap = 10 * u;
  const panelWidth = (inner - (panels.length - 1) * gap) / panels.length;
  // A frame wider than the extent shows more land on the sides; one much taller than the
  // extent would only add polar sea (side-by-side halves of a page, a world map at 4:3), so
  // the frame stops a little past the extent and the room left goes above the notes.
  const projection = input.options.projection ?? 'mercator';
  const probe = fitMapFrame(input.bounds, { x: 0, y: 0, width: panelWidth, height: available }, projection);
  // The extent's height in the frame: its south-west corner to its north edge (Equal Earth's parallels are straight too).
  const extentHeight = probe.project(input.bounds.west, input.bounds.south)[1] - probe.project(input.bounds.east, input.bounds.north)[1];
  const mapHeight = Math.min(available, Math.max(extentHeight * 1.15, 40));
  const panelTitleY = panels.length > 1 ? blockTop + TYPE.panelTitle * u : null;
  const mapTop = blockTop + panelTitleRoom;
  const rects: Rect[] = panels.map((_, i) => ({ x: margin + i * (panelWidth + gap), y: mapTop, width: panelWidth, height: mapHeight }));
  // Right to left, the first panel (the baseline) is read first, so it goes on the right.
  if (dir === 'rtl') rects.reverse();
  const frames = rects.map((rect) => fitMapFrame(input.bounds, rect, projection));
  return { margin, inner, titleLines, titleY, subtitleLines, subtitleY, panelTitleY, legendStyle, legendTop: mapTop + mapHeight + 8 * u, notes, noteSize, footerTop: height - margin - footerHeight, scaleWidth, frames };
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
    const title = panel.title && l.panelTitleY !== null
      ? textLine(panel.title, dir === 'rtl' ? frame.rect.x + frame.rect.width : frame.rect.x, l.panelTitleY, align, style(TYPE.panelTitle, { weight: 'bold' }), { class: 'panel-title' })
      : null;
    return { ...drawnPanel, title };
  });
  const drawn = mergeInventories(panels.map((p) => p.drawn));
  const legend = legendItems(drawn, input.texts);
  const legendDrawing = drawLegend(legend, l.margin, l.legendTop, l.inner, l.legendStyle);

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
        inferredOffices: visible.some((o) => o.confidence === 'inferred'),
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
