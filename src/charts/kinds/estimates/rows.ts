/**
 * The rows of an estimates layout: the MSMT row and one row per statement, each as words (what
 * the row says at its density) and geometry (bars, ends, dot, text lines), then placed: thin rows
 * folded to one line, and every row's box and callout anchor taken from what it draws.
 */
import { descending, max } from 'd3-array';
import type { Estimate, Unit } from '../../../data/schema.ts';
import { formatAmount, formatDate, formatNumber, unitWord } from '../../../lib/format.ts';
import type { Lang } from '../../../lib/i18n.ts';
import { FONT } from '../../shared/colors.ts';
import { textBox, unionBox } from '../../shared/labels.ts';
import { qualifierMarks, type QualifierMarks } from '../../shared/qualifier.ts';
import { fitText, textWidth, wrapText } from '../../shared/text.ts';
import { extentOf, type Frame } from './frame.ts';
import type { BarMark, RowMark, TextMark, Tone } from './layout.ts';
import type { EstimateSeries, Statement } from './select.ts';
import { WORDS, reportLabel } from './words.ts';

/** A text's baseline sits this share of its size below the top of its line. */
const ASCENT = 0.8;
/** Between the head line's size and the bar: tighter without detail lines. */
const HEAD_GAP = { msmt: 6, estimate: 5, bare: 4 } as const;
/** Between the bar and the lines under it. */
const BELOW_GAP = 4;
/** How far a ceiling's cap reaches above and below its bar. */
const CAP_OVERHANG = { msmt: 4, estimate: 3 } as const;
/** The dotted stub drawn for a statement without a number. */
const STUB_WIDTH = 48;
/** A part's value inside its bar: only on bars this tall, with this much room to spare. */
const INSIDE = { minBar: 12, room: 8, endInset: 4, baselineLift: 2 } as const;
/** Thin rows: the bar this far under the text, ends no taller than this (half) or past the bar. */
const INLINE = { barDrop: 1, halfEnd: 3, capOverhang: 1 } as const;
/** What the ends and the dot cover, for the row's box. */
const END_BOX = { openWidth: 16, openHalf: 5, capWidth: 2, stubHalf: 2, dotHalf: 5 } as const;

interface Line {
  text: string;
  tone: Tone;
  size: number;
  weight: 400 | 600;
  italic?: boolean;
}

type DrawnRow = Omit<RowMark, 'box' | 'anchor'>;

function unitText(unit: Unit | undefined, lang: Lang, n: number): string {
  return unit ? ` ${unitWord(unit, lang, n)}` : '';
}

function smallLine(text: string, tone: Tone): Line {
  return { text, tone, size: FONT.small, weight: 400 };
}

/** Text marks for lines stacked from `top`, the first on its own size, the rest a line apart. */
function lineTexts(f: Frame, key: string, lines: Line[], top: number): TextMark[] {
  let y = top;
  return lines.map((l, i) => {
    y += i === 0 ? l.size * ASCENT : f.spec.line;
    return {
      key: `${key}-t${i}`,
      text: l.text,
      x: f.x0,
      y,
      size: l.size,
      weight: l.weight,
      tone: l.tone,
      anchor: 'start' as const,
      ...(l.italic ? { italic: true } : {}),
    };
  });
}

function described(detail: string[]): Pick<RowMark, 'title' | 'detail'> {
  return { title: detail.join('. '), detail };
}

/** Nested parts are named and drawn largest first: "100 / about 60". */
function largestFirst(parts: readonly Estimate[]): Estimate[] {
  return [...parts].sort((a, b) => descending(extentOf(a.quantity), extentOf(b.quantity)));
}

/** A thin row: its text line at the top, the bar right under the text's descenders. */
function inlineRow(f: Frame, row: DrawnRow, rowHeight: number): DrawnRow {
  const BAR = f.spec.bar;
  const head = row.texts[0];
  const size = head?.size ?? FONT.small;
  const barTop = row.bars[0]?.y ?? row.dot.y - BAR / 2;
  const barHeight = row.bars[0]?.height ?? BAR;
  const dy = row.y + size + INLINE.barDrop - barTop;
  const bars = row.bars.map((b) => ({ ...b, y: b.y + dy }));
  // Ends sized to the thin bar, so they reach into neither text line nor past the row.
  const openEndY = row.openEnd ? row.openEnd.y + dy : 0;
  const openEnd = row.openEnd && {
    ...row.openEnd,
    y: openEndY,
    half: Math.min(INLINE.halfEnd, row.y + rowHeight - openEndY),
  };
  const barY = row.y + size + INLINE.barDrop;
  const cap = row.cap && {
    ...row.cap,
    y0: barY - INLINE.capOverhang,
    y1: Math.min(barY + barHeight + INLINE.capOverhang, row.y + rowHeight),
  };
  const stub = row.stub && { ...row.stub, y: row.stub.y + dy };
  const texts = row.texts
    .slice(0, 1)
    .map((t) => ({ ...t, x: f.x0, y: row.y + size * ASCENT, anchor: 'start' as const }));
  const dot = { x: row.dot.x, y: row.y + size + INLINE.barDrop + barHeight / 2 };
  return { ...row, bars, openEnd, cap, stub, dot, texts, height: rowHeight };
}

/** The row's box (dot, bars, ends, texts) and its callout's anchor, from what it draws. */
function placeRow(f: Frame, drawn: DrawnRow): RowMark {
  const row = f.spec.inline ? inlineRow(f, drawn, f.spec.inline) : drawn;
  const { openWidth, openHalf, capWidth, stubHalf, dotHalf } = END_BOX;
  const ends = [
    ...row.bars,
    ...(row.openEnd
      ? [{ x: row.openEnd.x, y: row.openEnd.y - openHalf, width: openWidth, height: 2 * openHalf }]
      : []),
    ...(row.cap
      ? [
          {
            x: row.cap.x - capWidth / 2,
            y: row.cap.y0,
            width: capWidth,
            height: row.cap.y1 - row.cap.y0,
          },
        ]
      : []),
    ...(row.stub
      ? [{ x: row.stub.x, y: row.stub.y - stubHalf, width: row.stub.width, height: 2 * stubHalf }]
      : []),
  ];
  const texts = row.texts.map((t) =>
    textBox(t.x, t.y, textWidth(t.text, t.size, { bold: t.weight === 600 }), t.size, t.anchor),
  );
  const dot = {
    x: row.dot.x - dotHalf,
    y: row.dot.y - dotHalf,
    width: 2 * dotHalf,
    height: 2 * dotHalf,
  };
  const reach = Math.max(f.x0, max(ends, (b) => b.x + b.width) ?? f.x0);
  const barTop = row.bars[0]?.y ?? row.stub?.y ?? row.dot.y;
  return {
    ...row,
    box: unionBox([dot, ...ends, ...texts]),
    anchor: { x: reach, y: barTop },
  };
}

/** The report's own row: "MSMT: 9 Mio. Schuss", its bar, and the report's name and date. */
export function msmtRow(f: Frame, series: EstimateSeries, top: number, after: boolean): RowMark {
  const { spec, lang } = f;
  const { msmt } = series;
  const MSMT_BAR = spec.msmtBar;
  const marks = qualifierMarks(msmt.quantity);
  const value = marks.extent ?? 0;
  const amount = `${formatAmount(msmt.quantity, lang, { compact: true })}${unitText(msmt.unit, lang, value)}`;
  const headline = `${WORDS.msmtTag[lang]}: ${amount}`;
  const report = reportLabel(msmt.date, lang);
  const below =
    spec.detail === 'full'
      ? wrapText(report, f.textWidthMax, FONT.small, 2).lines
      : spec.detail === 'one-line'
        ? [fitText(report, f.textWidthMax, FONT.small).text]
        : [];

  const headSize = spec.detail === 'full' ? FONT.value : spec.headSize;
  const barY = top + headSize + (spec.detail === 'none' ? HEAD_GAP.bare : HEAD_GAP.msmt);
  const end = f.x(value);
  const texts = [
    ...lineTexts(f, msmt.id, [{ text: headline, tone: 'msmt', size: headSize, weight: 600 }], top),
    ...lineTexts(
      f,
      `${msmt.id}-below`,
      below.map((text) => smallLine(text, 'muted')),
      barY + MSMT_BAR + BELOW_GAP,
    ),
  ];
  const height = barY - top + MSMT_BAR + (below.length ? BELOW_GAP + below.length * spec.line : 0);
  return placeRow(f, {
    key: msmt.id,
    kind: 'msmt',
    ids: [msmt.id],
    date: msmt.date,
    after,
    visible: true,
    y: top,
    height,
    bars: [
      {
        key: `${msmt.id}-bar`,
        x: f.x0,
        y: barY,
        width: end - f.x0,
        height: MSMT_BAR,
        style: 'msmt',
        alt: false,
      },
    ],
    openEnd: marks.openEnd ? { x: end, y: barY + MSMT_BAR / 2 } : null,
    cap: marks.ceiling
      ? { x: end, y0: barY - CAP_OVERHANG.msmt, y1: barY + MSMT_BAR + CAP_OVERHANG.msmt }
      : null,
    stub: null,
    dot: { x: f.dotX, y: barY + MSMT_BAR / 2 },
    texts,
    ...described([headline, reportLabel(msmt.date, lang)]),
  });
}

interface StatementWords {
  headline: string;
  what: string;
  who: string;
  conversion: boolean;
  notQuantified: boolean;
  /** The head line as drawn at this density, its size, and the lines under the bar. */
  head: Line;
  below: Line[];
}

/** What a statement's row says: the figure, what and who, at the density's level of detail. */
function statementWords(f: Frame, s: Statement, overlay: boolean, after: boolean): StatementWords {
  const { spec, lang, textWidthMax, conversionTag } = f;
  const { parts, date } = s;
  const first = parts[0];
  if (!first) throw new Error(`estimates: statement "${s.key}" has no parts`);
  const conversion = parts.some((p) => p.basis === 'conversion');
  const notQuantified = parts.every((p) => p.quantity.qualifier === 'not-quantified');
  const unitValue = max(parts, (p) => extentOf(p.quantity)) ?? 0;
  const joiner = overlay ? ' / ' : ' + ';
  const named = overlay ? largestFirst(parts) : parts;
  const amounts = named.map((p) => formatAmount(p.quantity, lang, { compact: true })).join(joiner);
  const headline = notQuantified
    ? `${amounts} (${WORDS.notQuantified[lang]})`
    : `${amounts}${unitText(first.unit, lang, unitValue)}`;
  const what = named.map((p) => p.label[lang]).join(joiner);
  const when = formatDate(date, lang, { short: true });
  const who = `${first.estimator[lang]}, ${when}`;
  // Date and estimator first, so a long label can never push the date out of the row.
  const whoLine = `${when} · ${first.estimator[lang]}${after ? ` (${WORDS.afterReport[lang]})` : ''}`;
  // Denser rows: one short "date · estimator" line, or the date beside the figure; the label
  // and the full wording stay in the row's title and the chart's table.
  const shortWho = `${whoLine}${conversion ? ` · ${conversionTag}` : ''}`;
  const below =
    spec.detail === 'full'
      ? [
          ...wrapText(what, textWidthMax, FONT.small, 2).lines.map((t) => smallLine(t, 'text')),
          ...wrapText(whoLine, textWidthMax, FONT.small, 2).lines.map((t) => smallLine(t, 'muted')),
          ...(conversion ? [{ ...smallLine(conversionTag, 'estimate'), italic: true }] : []),
        ]
      : spec.detail === 'one-line'
        ? [smallLine(fitText(shortWho, textWidthMax, FONT.small).text, 'muted')]
        : [];
  const headSize = spec.detail === 'full' ? FONT.label : spec.headSize;
  const headText =
    spec.detail === 'none'
      ? fitText(`${headline} · ${when}`, textWidthMax, headSize, { bold: true }).text
      : headline;
  return {
    headline,
    what,
    who,
    conversion,
    notQuantified,
    head: { text: headText, tone: 'text', size: headSize, weight: 600 },
    below,
  };
}

/** A part's short value inside its bar, when the bar is tall and long enough to hold it. */
function insideLabel(
  f: Frame,
  p: Estimate,
  bar: { left: number; right: number; y: number; room: number },
  overlay: boolean,
  grouped: boolean,
): Pick<BarMark, 'inside'> {
  const BAR = f.spec.bar;
  const short = formatNumber(extentOf(p.quantity), f.lang, { compact: true });
  const shortWidth = textWidth(short, FONT.small, { bold: true });
  const fits = BAR >= INSIDE.minBar && grouped && shortWidth + INSIDE.room <= bar.room;
  if (!fits) return {};
  return {
    inside: {
      key: `${p.id}-inside`,
      text: short,
      x: overlay ? bar.right - INSIDE.endInset : (bar.left + bar.right) / 2,
      y: bar.y + BAR - INSIDE.baselineLift,
      size: FONT.small,
      weight: 600 as const,
      tone: 'text' as const,
      anchor: overlay ? ('end' as const) : ('middle' as const),
    },
  };
}

/**
 * Stacked parts sit end to end in one bar (drawn stacked, stored separately); overlaid parts
 * each start at zero, the largest drawn first so the smaller ones stay visible on top. Returns
 * the bars, where the statement ends and the qualifier of the part that ends it.
 */
function statementBars(
  f: Frame,
  parts: readonly Estimate[],
  overlay: boolean,
  barY: number,
): { bars: BarMark[]; end: number; marks: QualifierMarks | undefined } {
  const { x } = f;
  const bars: BarMark[] = [];
  const drawOrder = overlay ? largestFirst(parts) : parts;
  let start = 0;
  drawOrder.forEach((p, i) => {
    const extent = extentOf(p.quantity);
    if (p.quantity.qualifier === 'not-quantified') return;
    const left = x(overlay ? 0 : start);
    const right = x((overlay ? 0 : start) + extent);
    // An overlaid part shows its value at its own end; the next, shorter bar must leave room.
    const next = drawOrder[i + 1];
    const room = overlay && next ? right - x(extentOf(next.quantity)) : right - left;
    bars.push({
      key: `${p.id}-bar`,
      x: left,
      y: barY,
      width: Math.max(0, right - left),
      height: f.spec.bar,
      style: p.basis === 'conversion' ? 'conversion' : 'estimate',
      alt: overlay ? i === 0 : i % 2 === 1,
      ...insideLabel(f, p, { left, right, y: barY, room }, overlay, parts.length > 1),
    });
    start += extent;
  });
  if (overlay) start = max(parts, (p) => extentOf(p.quantity)) ?? 0;
  const lastPart = overlay ? drawOrder[0] : parts[parts.length - 1];
  return { bars, end: x(start), marks: lastPart ? qualifierMarks(lastPart.quantity) : undefined };
}

/** One statement's row: its figure, bar (or stub), ends and the lines under it. */
export function estimateRow(
  f: Frame,
  s: Statement,
  top: number,
  visible: boolean,
  after: boolean,
): RowMark {
  const { spec } = f;
  const BAR = spec.bar;
  const overlay = f.groupMode === 'overlay' && s.parts.length > 1;
  const words = statementWords(f, s, overlay, after);
  const barY = top + words.head.size + (spec.detail === 'none' ? HEAD_GAP.bare : HEAD_GAP.estimate);
  const texts = [
    ...lineTexts(f, s.key, [words.head], top),
    ...lineTexts(f, `${s.key}-below`, words.below, barY + BAR + BELOW_GAP),
  ];
  const { bars, end, marks } = statementBars(f, s.parts, overlay, barY);
  const lineCount = words.below.length;
  const height = barY - top + BAR + (lineCount ? BELOW_GAP + lineCount * spec.line : 0);
  return placeRow(f, {
    key: s.key,
    kind: 'estimate',
    ids: s.parts.map((p) => p.id),
    date: s.date,
    after,
    visible,
    y: top,
    height,
    bars,
    openEnd: marks?.openEnd ? { x: end, y: barY + BAR / 2 } : null,
    cap: marks?.ceiling
      ? { x: end, y0: barY - CAP_OVERHANG.estimate, y1: barY + BAR + CAP_OVERHANG.estimate }
      : null,
    stub: words.notQuantified
      ? { x: f.x0, y: barY + BAR / 2, width: Math.min(STUB_WIDTH, f.x1 - f.x0) }
      : null,
    dot: { x: f.dotX, y: barY + BAR / 2 },
    texts,
    ...described([
      words.headline,
      words.what,
      words.who,
      ...(words.conversion ? [f.conversionTag] : []),
    ]),
  });
}
