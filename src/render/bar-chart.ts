// Draws a horizontal bar chart as PNG: data in, Buffer out. The font ships in an npm
// package (@fontsource/noto-sans), so Cyrillic, every Kazakh letter and ₸ look the same
// on any machine, and nothing falls back to whatever fonts a server happens to have.
import { createRequire } from "node:module";
import path from "node:path";
import { createCanvas, GlobalFonts, type SKRSContext2D } from "@napi-rs/canvas";

/** Our name for Noto Sans made of its subsets: no system font can answer to it. */
const FAMILY = "Monoqala Sans";
const SUBSETS = ["latin", "latin-ext", "cyrillic", "cyrillic-ext"];
/**
 * The subsets as a CSS fallback list, one family each: this canvas build uses only one
 * file of a family, so subsets registered under one name would leave Kazakh letters out.
 */
export const CHART_FONT = SUBSETS.map((s) => `"${FAMILY} ${s}"`).join(", ");

let fontsReady = false;
/** Registers the four subsets (regular and bold) as one family, once per process. */
export function registerChartFont() {
  if (fontsReady) return;
  const dir = path.join(path.dirname(createRequire(import.meta.url).resolve("@fontsource/noto-sans/package.json")), "files");
  for (const subset of SUBSETS) {
    for (const weight of [400, 700]) {
      const file = path.join(dir, `noto-sans-${subset}-${weight}-normal.woff2`);
      if (!GlobalFonts.registerFromPath(file, `${FAMILY} ${subset}`)) throw new Error(`chart font not loaded: ${file}`);
    }
  }
  fontsReady = true;
}

export interface Bar {
  /** null: unknown — drawn as an empty dashed box labelled with `text`, never as zero. */
  value: number | null;
  text: string;
  color: string;
}

/** One row: a label and its bars, side by side (grouped) or end to end (stacked). */
export interface BarGroup {
  label: string;
  bars: Bar[];
  /** Text after a stacked bar (its total, say). */
  note?: string;
}

export interface BarChartSpec {
  title: string;
  subtitle?: string;
  legend: Array<{ label: string; color: string }>;
  groups: BarGroup[];
  stacked?: boolean;
  /** The source line at the bottom. */
  footer: string;
}

export const CHART_WIDTH = 1200;
const PAD = 40;
const LABEL_W = 300;
const BAR_H = 30;
const BAR_GAP = 6;
const GROUP_GAP = 22;
const TITLE = 38;
const SUBTITLE = 30;
const LEGEND = 44;
const FOOTER_LINE = 24;
const VALUE_ROOM = 230;

const LABEL_LINE = 22;
const MAX_LABEL_LINES = 4;
const MAX_TITLE_LINES = 3;
const barsIn = (g: BarGroup, stacked: boolean | undefined) => (stacked ? 1 : g.bars.length);
const groupHeight = (g: BarGroup, stacked?: boolean) =>
  Math.max(barsIn(g, stacked) * BAR_H + (barsIn(g, stacked) - 1) * BAR_GAP, labelLines(g.label).length * LABEL_LINE);

/** Lines of `text` that fit `width` at the context's current font. */
function wrap(ctx: SKRSContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

function measureFooter(text: string): string[] {
  const probe = createCanvas(10, 10).getContext("2d");
  probe.font = `18px ${CHART_FONT}`;
  return wrap(probe, text, CHART_WIDTH - 2 * PAD);
}

/** Wrapped lines, at most `max`; a cut text ends with «…» rather than vanishing mid-phrase. */
function linesOf(text: string, font: string, width: number, max: number): string[] {
  const probe = createCanvas(10, 10).getContext("2d");
  probe.font = font;
  const lines = wrap(probe, text, width);
  if (lines.length <= max) return lines;
  return [...lines.slice(0, max - 1), `${lines[max - 1]}…`];
}

const labelLines = (text: string) => linesOf(text, `700 20px ${CHART_FONT}`, LABEL_W - 16, MAX_LABEL_LINES);
const titleLines = (text: string) => linesOf(text, `700 30px ${CHART_FONT}`, CHART_WIDTH - 2 * PAD, MAX_TITLE_LINES);

/** The chart's pixel size follows from its data; tests check the PNG against this. */
export function chartSize(spec: BarChartSpec): { width: number; height: number } {
  registerChartFont();
  const body = spec.groups.reduce((h, g) => h + groupHeight(g, spec.stacked), 0) + Math.max(0, spec.groups.length - 1) * GROUP_GAP;
  const head = PAD + TITLE * titleLines(spec.title).length + (spec.subtitle ? SUBTITLE : 0) + (spec.legend.length ? LEGEND : 0) + 16;
  const foot = 24 + measureFooter(spec.footer).length * FOOTER_LINE + PAD;
  return { width: CHART_WIDTH, height: Math.ceil(head + body + foot) };
}

export function drawBarChart(spec: BarChartSpec): Buffer {
  registerChartFont();
  const { width, height } = chartSize(spec);
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext("2d");
  const font = (size: number, bold = false) => `${bold ? "700 " : ""}${size}px ${CHART_FONT}`;
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, width, height);

  let y = PAD;
  ctx.fillStyle = "#1a1a1a";
  ctx.textBaseline = "top";
  ctx.font = font(30, true);
  for (const line of titleLines(spec.title)) {
    ctx.fillText(line, PAD, y, width - 2 * PAD);
    y += TITLE;
  }
  if (spec.subtitle) {
    ctx.font = font(20);
    ctx.fillStyle = "#555555";
    ctx.fillText(spec.subtitle, PAD, y, width - 2 * PAD);
    y += SUBTITLE;
  }
  if (spec.legend.length) {
    let x = PAD;
    ctx.font = font(18);
    for (const l of spec.legend) {
      ctx.fillStyle = l.color;
      ctx.fillRect(x, y + 12, 22, 18);
      ctx.fillStyle = "#1a1a1a";
      ctx.fillText(l.label, x + 30, y + 11);
      x += 30 + ctx.measureText(l.label).width + 36;
    }
    y += LEGEND;
  }
  y += 16;

  const max = Math.max(
    1e-9,
    ...spec.groups.map((g) => (spec.stacked ? g.bars.reduce((s, b) => s + (b.value ?? 0), 0) : Math.max(0, ...g.bars.map((b) => b.value ?? 0)))),
  );
  const x0 = PAD + LABEL_W;
  const span = width - x0 - PAD - VALUE_ROOM;
  for (const g of spec.groups) {
    const h = groupHeight(g, spec.stacked);
    ctx.font = font(20, true);
    ctx.fillStyle = "#1a1a1a";
    ctx.textBaseline = "middle";
    const label = labelLines(g.label);
    label.forEach((l, i) => ctx.fillText(l, PAD, y + h / 2 + (i - (label.length - 1) / 2) * LABEL_LINE, LABEL_W - 16));
    ctx.font = font(18);
    const top = y + (h - barsIn(g, spec.stacked) * BAR_H - (barsIn(g, spec.stacked) - 1) * BAR_GAP) / 2;
    if (spec.stacked) {
      let x = x0;
      for (const b of g.bars) {
        const w = ((b.value ?? 0) / max) * span;
        ctx.fillStyle = b.color;
        ctx.fillRect(x, top, w, BAR_H);
        if (w > 28) {
          ctx.fillStyle = "#ffffff";
          ctx.fillText(b.text, x + 6, top + BAR_H / 2, w - 8);
        }
        x += w;
      }
      if (g.note) {
        ctx.fillStyle = "#1a1a1a";
        ctx.fillText(g.note, x + 10, top + BAR_H / 2);
      }
    } else {
      g.bars.forEach((b, i) => {
        const by = top + i * (BAR_H + BAR_GAP);
        let end = x0;
        if (b.value === null) {
          ctx.strokeStyle = b.color;
          ctx.lineWidth = 2;
          ctx.setLineDash([6, 5]);
          ctx.strokeRect(x0 + 1, by + 1, 120, BAR_H - 2);
          ctx.setLineDash([]);
          end = x0 + 122;
        } else {
          const w = Math.max(2, (b.value / max) * span);
          ctx.fillStyle = b.color;
          ctx.fillRect(x0, by, w, BAR_H);
          end = x0 + w;
        }
        ctx.fillStyle = "#1a1a1a";
        ctx.fillText(b.text, end + 10, by + BAR_H / 2, VALUE_ROOM + span - (end - x0) - 10);
      });
    }
    y += h + GROUP_GAP;
  }
  y += 24 - GROUP_GAP;
  ctx.fillStyle = "#555555";
  ctx.font = font(18);
  ctx.textBaseline = "top";
  for (const line of measureFooter(spec.footer)) {
    ctx.fillText(line, PAD, y);
    y += FOOTER_LINE;
  }
  return canvas.toBuffer("image/png");
}
