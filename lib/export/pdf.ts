/**
 * The PDF export (A4), drawn with pdfkit: a branded cover with the trip summary, a page per day
 * (schedule in local time, places with address and description, travel legs, a route sketch over
 * the Natural Earth outline), then costs and practical information. Text is set in Noto Sans KR
 * (Latin and Hangul) and Noto Sans Khmer, embedded as subsets; Khmer runs are switched to the
 * Khmer font so fontkit shapes them (coeng stacks, vowel reordering).
 */
import PDFDocument from 'pdfkit';
import type { CountryCode } from '@/lib/data/schema';
import type { LocalizedDay, LocalizedItem, LocalizedItinerary } from '@/lib/i18n/localize-itinerary';
import type { Locale } from '@/lib/i18n/locale';
import { fontBytes, type FontName } from './assets';
import { accentOf } from './branding';
import { patchNullAnchors } from './fontkit-patch';
import type { ExportContext } from './context';
import { stripControlChars } from './control-chars';
import { withKhmerWordBreaks } from './khmer-line-breaks';
import { EMERGENCY_NUMBERS, label, modeName, typeLabel, type LabelKey } from './labels';
import { localParts } from './local-time';
import { fitProjection, landRingsIn, type Box } from './route-sketch';
import { dayPath, placeOf } from './trip-points';

type Doc = PDFKit.PDFDocument;

const MARGIN = 48;
const A4_WIDTH = 595.28;
const A4_HEIGHT = 841.89;
const CONTENT_WIDTH = A4_WIDTH - 2 * MARGIN;
/** Lowest y body text may reach; the footer lives below it. */
const BODY_BOTTOM = A4_HEIGHT - MARGIN - 18;
const TIME_COLUMN = 78;
const GREY = '#5b6770';
const INK = '#1b2227';
const LIGHT = '#eef2f3';
/** Longest description printed per place, in characters. */
const MAX_DESCRIPTION = 320;

/** Renders the itinerary as a PDF document. */
export function renderPdf(itinerary: LocalizedItinerary, context: ExportContext): Promise<Buffer> {
  const { locale } = itinerary;
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    compress: true,
    lang: locale,
    displayTitle: true,
    info: { Title: pdfText(itinerary.summary.title), Author: pdfText(context.branding.name), Creator: 'Bridgeway', CreationDate: context.now ?? new Date() },
  });
  for (const name of ['kr', 'krBold', 'km', 'kmBold'] as const) {
    doc.registerFont(name, fontBytes(name));
    if (name.startsWith('km')) patchNullAnchors((doc.font(name) as unknown as { _font: { font: unknown } })._font.font);
  }
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const pen = new Pen(doc, locale, accentOf(context.branding));
  drawCover(pen, itinerary, context);
  for (const day of itinerary.days) drawDay(pen, itinerary, day, context);
  drawCostsAndPractical(pen, itinerary);
  drawFooters(pen, context);
  doc.end();
  return done;
}

/**
 * Text as pdfkit can set it: it breaks lines on LF only and has no tab stops, and would draw CR,
 * tab or any other control as a missing glyph; so CR and CRLF become LF and a tab a space.
 */
function pdfText(value: string): string {
  return stripControlChars(value).replace(/\r\n?/g, '\n').replace(/\t/g, ' ');
}

/** pdfkit plus our fonts and colours: writes mixed-script text in runs. */
class Pen {
  constructor(
    readonly doc: Doc,
    readonly locale: Locale,
    readonly accent: string,
  ) {}

  /** Writes `text` at (x, y) or at the cursor, wrapping within `width`; returns the new y. */
  text(value: string, options: { x?: number; y?: number; width?: number; size?: number; bold?: boolean; color?: string; align?: 'left' | 'right' | 'center' } = {}): number {
    const { doc } = this;
    const width = options.width ?? CONTENT_WIDTH;
    const parts = scriptRuns(withKhmerWordBreaks(pdfText(value)));
    doc.fontSize(options.size ?? 10).fillColor(options.color ?? INK);
    if (options.x !== undefined || options.y !== undefined) {
      doc.x = options.x ?? doc.x;
      doc.y = options.y ?? doc.y;
    }
    const x = doc.x;
    parts.forEach((part, index) => {
      doc.font(fontFor(part.khmer, options.bold));
      const last = index === parts.length - 1;
      if (index === 0) doc.text(part.text, x, doc.y, { width, continued: !last, align: options.align ?? 'left', lineGap: 1 });
      else doc.text(part.text, { continued: !last });
    });
    doc.x = x;
    return doc.y;
  }

  /** Height `text` would take (measured in the font of its main script). */
  height(value: string, width: number, size: number, bold = false): number {
    const { doc } = this;
    const khmer = (value.match(KHMER_CHARS)?.length ?? 0) > value.length / 3;
    doc.font(fontFor(khmer, bold)).fontSize(size);
    return doc.heightOfString(withKhmerWordBreaks(pdfText(value)), { width, lineGap: 1 });
  }

  label(key: LabelKey, values?: Record<string, string | number>): string {
    return label(this.locale, key, values);
  }

  /** Starts a new page when fewer than `needed` points are left; returns true if it did. */
  ensure(needed: number, onNewPage?: () => void): boolean {
    if (this.doc.y + needed <= BODY_BOTTOM) return false;
    this.doc.addPage();
    onNewPage?.();
    return true;
  }

  heading(value: string, size = 16): void {
    this.ensure(size * 3);
    const { doc } = this;
    const y = doc.y;
    doc.rect(MARGIN, y + 3, 4, size).fill(this.accent);
    this.text(value, { x: MARGIN + 12, y, size, bold: true, width: CONTENT_WIDTH - 12 });
    doc.x = MARGIN;
    doc.y += 4;
  }
}

const KHMER_CHARS = /[\u1780-\u17ff\u19e0-\u19ff]/g;
const KHMER_CHAR = /[\u1780-\u17ff\u19e0-\u19ff]/;
/** Characters that belong to whichever run they follow (spaces, digits, punctuation, joiners). */
const NEUTRAL = /[\s\d.,:;!?()[\]{}'"\-–—·/\\+*=%&#@~|<>\u200b-\u200d\u2060]/;

/** Splits text into Khmer and non-Khmer runs; neutral characters stay with the run they follow. */
export function scriptRuns(value: string): { text: string; khmer: boolean }[] {
  const runs: { text: string; khmer: boolean }[] = [];
  for (const char of value) {
    const current = runs[runs.length - 1];
    const khmer = KHMER_CHAR.test(char);
    if (current && (NEUTRAL.test(char) || current.khmer === khmer)) current.text += char;
    else runs.push({ text: char, khmer });
  }
  return runs.length > 0 ? runs : [{ text: '', khmer: false }];
}

function fontFor(khmer: boolean, bold = false): FontName {
  if (khmer) return bold ? 'kmBold' : 'km';
  return bold ? 'krBold' : 'kr';
}

function destinationName(itinerary: LocalizedItinerary, slug: string | null, context: ExportContext): string {
  if (!slug) return '';
  return context.catalog?.destinationsBySlug.get(slug)?.name[itinerary.locale] ?? slug;
}

function drawCover(pen: Pen, itinerary: LocalizedItinerary, context: ExportContext): void {
  const { doc } = pen;
  const { summary, request } = itinerary;
  const { branding } = context;
  const bandHeight = 150;
  doc.rect(0, 0, A4_WIDTH, bandHeight).fill(pen.accent);
  let logoWidth = 0;
  if (branding.logo) {
    try {
      const box = { w: 130, h: 90 };
      doc.roundedRect(A4_WIDTH - MARGIN - box.w - 8, 30 - 8, box.w + 16, box.h + 16, 6).fill('#ffffff');
      doc.image(branding.logo, A4_WIDTH - MARGIN - box.w, 30, { fit: [box.w, box.h], align: 'center', valign: 'center' });
      logoWidth = box.w + 24;
    } catch {
      // A logo pdfkit cannot decode is left out rather than failing the whole export.
    }
  }
  pen.text(branding.name, { x: MARGIN, y: 44, size: 24, bold: true, color: '#ffffff', width: CONTENT_WIDTH - logoWidth });
  if (branding.contact) pen.text(branding.contact, { x: MARGIN, size: 10, color: '#ffffff', width: CONTENT_WIDTH - logoWidth });

  pen.text(summary.title, { x: MARGIN, y: bandHeight + 36, size: 24, bold: true });
  const dates = `${summary.startDate} → ${summary.endDate} · ${pen.label('days', { n: summary.days })}`;
  pen.text(dates, { size: 13, color: GREY });
  doc.y += 14;

  const facts: [string, string][] = [
    [pen.label('dates'), `${summary.startDate} – ${summary.endDate}`],
    [pen.label('who'), pen.label('travellers', { adults: request.travellers.adults, children: request.travellers.children })],
    [pen.label('pace'), pen.label(`pace_${request.pace}`)],
    [pen.label('budget'), pen.label(`budget_${request.budget}`)],
    [pen.label('places'), String(summary.places)],
    [pen.label('distance'), `${Math.round(summary.distanceKm).toLocaleString('en')} km`],
  ];
  if (summary.flightKm) facts.push([pen.label('flown'), `${Math.round(summary.flightKm).toLocaleString('en')} km`]);
  for (const [name, value] of facts) {
    const y = doc.y;
    pen.text(name, { x: MARGIN, y, size: 10, color: GREY, width: 130 });
    const after = pen.text(value, { x: MARGIN + 140, y, size: 10, width: CONTENT_WIDTH - 140 });
    doc.y = Math.max(after, doc.y) + 2;
  }
  doc.y += 12;

  // Day overview: one line per day.
  for (const day of itinerary.days) {
    const visits = day.items.filter((i) => i.type === 'visit').length;
    const where = destinationName(itinerary, day.destination, context) || day.stay.name;
    const y = doc.y;
    pen.text(pen.label('day', { n: day.dayNumber }), { x: MARGIN, y, size: 10, bold: true, width: 80 });
    pen.text(`${day.date}  ${where}${visits > 0 ? ` · ${visits} ${pen.label('places')}` : ''}`, { x: MARGIN + 90, y, size: 10, width: CONTENT_WIDTH - 90 });
    doc.y += 1;
    if (doc.y > BODY_BOTTOM - 120) break;
  }

  if (branding.note) {
    doc.y += 14;
    const height = pen.height(branding.note, CONTENT_WIDTH - 28, 11) + 20;
    pen.ensure(height);
    const top = doc.y;
    doc.rect(MARGIN, top, CONTENT_WIDTH, height).fill(LIGHT);
    doc.rect(MARGIN, top, 4, height).fill(pen.accent);
    pen.text(branding.note, { x: MARGIN + 16, y: top + 10, size: 11, width: CONTENT_WIDTH - 28 });
    doc.y = top + height;
  }
}

function drawDay(pen: Pen, itinerary: LocalizedItinerary, day: LocalizedDay, context: ExportContext): void {
  const { doc } = pen;
  const { locale } = itinerary;
  doc.addPage();
  const where = destinationName(itinerary, day.destination, context);
  const title = `${pen.label('day', { n: day.dayNumber })} · ${day.date}${where ? ` · ${where}` : ''}`;
  pen.heading(title, 18);
  pen.text(`${pen.label('night')}: ${day.stay.name}`, { x: MARGIN, size: 10, color: GREY });
  doc.y += 8;

  const path = dayPath(itinerary, day, context.catalog);
  if (path.length > 0) {
    const box: Box = { x: MARGIN, y: doc.y, width: CONTENT_WIDTH, height: 150 };
    drawSketch(pen, box, path);
    doc.y = box.y + box.height + 12;
  }

  const continued = () => {
    pen.text(`${title} ${pen.label('continued')}`, { x: MARGIN, y: MARGIN, size: 11, bold: true, color: GREY });
    doc.y += 6;
  };
  pen.text(pen.label('schedule'), { x: MARGIN, size: 11, bold: true, color: pen.accent });
  doc.y += 4;
  for (const item of day.items) drawItem(pen, item, locale, context, continued);
}

function drawItem(pen: Pen, item: LocalizedItem, locale: Locale, context: ExportContext, onNewPage: () => void): void {
  const { doc } = pen;
  const start = localParts(item.start);
  const end = localParts(item.end);
  const crossesZone = start.offset !== end.offset;
  const time = crossesZone ? `${start.clock} (UTC${start.offset}) → ${end.clock} (UTC${end.offset})` : `${start.clock}–${end.clock}`;
  const place = placeOf(item, context.catalog);
  const width = CONTENT_WIDTH - TIME_COLUMN;
  const details: string[] = [];
  if (place) details.push(place.address);
  if (item.fromHub && item.toHub) details.push(`${item.fromHub} → ${item.toHub}`);
  const leg = [item.mode && modeName(locale, item.mode), item.distanceKm !== undefined ? `${item.distanceKm} km` : undefined, item.cost ? money(item.cost.amount, item.cost.currency) : undefined].filter(Boolean).join(' · ');
  if (leg) details.push(leg);
  const description = place ? truncate(place.description[locale], MAX_DESCRIPTION) : undefined;
  const detailText = details.join('\n');

  const needed =
    pen.height(item.name, width, item.type === 'visit' ? 11 : 10, true) +
    (detailText ? pen.height(detailText, width, 8.5) : 0) +
    (description ? pen.height(description, width, 9) : 0) +
    (item.note ? pen.height(item.note, width, 8.5) : 0) +
    10;
  pen.ensure(Math.min(needed, BODY_BOTTOM - MARGIN), onNewPage);

  const top = doc.y;
  if (item.type === 'visit') doc.rect(MARGIN + TIME_COLUMN - 8, top + 2, 2, Math.max(needed - 10, 12)).fill(pen.accent);
  pen.text(time, { x: MARGIN, y: top, size: 9, bold: true, width: TIME_COLUMN - 12 });
  const afterTime = pen.text(typeLabel(locale, item.type), { x: MARGIN, size: 8, color: GREY, width: TIME_COLUMN - 12 });
  pen.text(item.name, { x: MARGIN + TIME_COLUMN, y: top, size: item.type === 'visit' ? 11 : 10, bold: item.type === 'visit' || item.type === 'flight' });
  const textOptions = { x: MARGIN + TIME_COLUMN, width };
  if (detailText) pen.text(detailText, { ...textOptions, size: 8.5, color: GREY });
  if (description) pen.text(description, { ...textOptions, size: 9 });
  if (item.note) pen.text(item.note, { ...textOptions, size: 8.5, color: GREY });
  doc.x = MARGIN;
  doc.y = Math.max(doc.y, afterTime) + 8;
}

function drawSketch(pen: Pen, box: Box, points: readonly { lat: number; lon: number; name: string }[]): void {
  const { doc } = pen;
  const projection = fitProjection(
    points.map((p) => [p.lon, p.lat] as const),
    box,
  );
  doc.save();
  doc.rect(box.x, box.y, box.width, box.height).fill('#dcebf2');
  doc.rect(box.x, box.y, box.width, box.height).clip();
  // Vertices are clamped to a frame just outside the box (the fill inside stays exact) and thinned
  // to one per 0.75 pt, so a continent's outline costs a few hundred points, not thousands.
  const [left, top, right, bottom] = [box.x - 2, box.y - 2, box.x + box.width + 2, box.y + box.height + 2];
  for (const ring of landRingsIn(projection.view)) {
    let lastX = NaN;
    let lastY = NaN;
    ring.forEach(([lon, lat], index) => {
      const [px, py] = projection.project(lon, lat);
      const x = Math.min(right, Math.max(left, px));
      const y = Math.min(bottom, Math.max(top, py));
      if (index === 0) doc.moveTo(x, y);
      else if (Math.abs(x - lastX) + Math.abs(y - lastY) >= 0.75) doc.lineTo(x, y);
      else return;
      lastX = x;
      lastY = y;
    });
    doc.closePath();
  }
  doc.fillColor('#f4f1e8').strokeColor('#b9c4c9').lineWidth(0.5).fillAndStroke();
  const projected = points.map((p) => projection.project(p.lon, p.lat));
  projected.forEach(([x, y], index) => (index === 0 ? doc.moveTo(x, y) : doc.lineTo(x, y)));
  if (projected.length > 1) doc.strokeColor(pen.accent).lineWidth(1.6).dash(4, { space: 2 }).stroke().undash();
  projected.forEach(([x, y], index) => {
    doc.circle(x, y, 5.5).fillColor(index === 0 || index === projected.length - 1 ? '#ffffff' : pen.accent).strokeColor(pen.accent).lineWidth(1).fillAndStroke();
    if (index > 0 && index < projected.length - 1) {
      doc.font('kr').fontSize(6).fillColor('#ffffff').text(String(index), x - 5.5, y - 3.6, { width: 11, align: 'center', lineBreak: false });
    }
  });
  doc.restore();
  doc.rect(box.x, box.y, box.width, box.height).lineWidth(0.5).strokeColor('#9aa8ae').stroke();
  pen.text(pen.label('routeSketch'), { x: box.x + 6, y: box.y + 4, size: 7, color: GREY, width: 200 });
}

function drawCostsAndPractical(pen: Pen, itinerary: LocalizedItinerary): void {
  const { doc } = pen;
  const { costs, warnings } = itinerary;
  doc.addPage();
  pen.heading(pen.label('costs'), 18);
  for (const line of costs.lines) {
    const y = doc.y;
    pen.text(line.label, { x: MARGIN, y, size: 10, width: 300 });
    pen.text(money(line.usd, 'USD'), { x: MARGIN + 300, y, size: 10, width: CONTENT_WIDTH - 300, align: 'right' });
    doc.moveTo(MARGIN, doc.y + 2).lineTo(MARGIN + CONTENT_WIDTH, doc.y + 2).lineWidth(0.3).strokeColor('#c9d1d4').stroke();
    doc.y += 5;
  }
  const y = doc.y + 2;
  pen.text(pen.label('total'), { x: MARGIN, y, size: 11, bold: true, width: 200 });
  pen.text(`${money(costs.totalUsd, 'USD')}\n${money(costs.totalKrw, 'KRW')}\n${money(costs.totalKhr, 'KHR')}`, { x: MARGIN + 200, y, size: 11, bold: true, width: CONTENT_WIDTH - 200, align: 'right' });
  doc.y += 4;
  pen.text(pen.label('ratesAsOf', { date: costs.ratesAsOf }), { x: MARGIN, size: 8.5, color: GREY });
  doc.y += 18;

  pen.heading(pen.label('practical'), 18);
  const sections: [LabelKey, typeof warnings][] = [
    ['entry', warnings.filter((w) => w.code === 'entry_rules')],
    ['seasons', warnings.filter((w) => w.code.startsWith('season_'))],
    ['notes', warnings.filter((w) => w.code !== 'entry_rules' && w.code !== 'time_difference' && !w.code.startsWith('season_'))],
  ];
  for (const [key, list] of sections) {
    if (list.length === 0) continue;
    pen.ensure(40);
    pen.text(pen.label(key), { x: MARGIN, size: 12, bold: true, color: pen.accent });
    doc.y += 2;
    for (const warning of list) {
      pen.ensure(pen.height(warning.message, CONTENT_WIDTH - 14, 9.5) + 4);
      const top = doc.y;
      doc.circle(MARGIN + 3, top + 7, 2).fill(warning.severity === 'caution' ? '#b5532a' : GREY);
      pen.text(warning.message, { x: MARGIN + 14, y: top, size: 9.5, width: CONTENT_WIDTH - 14 });
      doc.y += 3;
    }
    doc.y += 8;
  }

  pen.ensure(60);
  pen.text(pen.label('timeDifference'), { x: MARGIN, size: 12, bold: true, color: pen.accent });
  for (const warning of warnings.filter((w) => w.code === 'time_difference')) pen.text(warning.message, { x: MARGIN, size: 9.5 });
  doc.y += 10;

  pen.ensure(120);
  pen.text(pen.label('emergency'), { x: MARGIN, size: 12, bold: true, color: pen.accent });
  doc.y += 2;
  const countries: [CountryCode, LabelKey][] = itinerary.request.direction === 'KR_TO_KH' ? [['KH', 'cambodia'], ['KR', 'korea']] : [['KR', 'korea'], ['KH', 'cambodia']];
  const columnWidth = CONTENT_WIDTH / 2;
  const top = doc.y;
  let bottom = top;
  countries.forEach(([country, name], column) => {
    const x = MARGIN + column * columnWidth;
    pen.text(pen.label(name), { x, y: top, size: 10.5, bold: true, width: columnWidth - 10 });
    for (const entry of EMERGENCY_NUMBERS[country]) {
      const y = doc.y;
      pen.text(entry.number, { x, y, size: 12, bold: true, width: 50, color: pen.accent });
      pen.text(pen.label(entry.label), { x: x + 52, y: y + 2, size: 9.5, width: columnWidth - 62 });
      doc.y += 2;
    }
    bottom = Math.max(bottom, doc.y);
  });
  doc.x = MARGIN;
  doc.y = bottom + 6;
}

function drawFooters(pen: Pen, context: ExportContext): void {
  const { doc } = pen;
  const range = doc.bufferedPageRange();
  const sender = [pen.label('preparedBy', { name: context.branding.name }), context.branding.contact].filter(Boolean).join(' · ');
  for (let index = range.start; index < range.start + range.count; index++) {
    doc.switchToPage(index);
    // Writing below the bottom margin would make pdfkit open a new page.
    const bottomMargin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = A4_HEIGHT - MARGIN + 6;
    doc.moveTo(MARGIN, y - 6).lineTo(A4_WIDTH - MARGIN, y - 6).lineWidth(0.4).strokeColor(pen.accent).stroke();
    pen.text(sender, { x: MARGIN, y, size: 8, color: GREY, width: CONTENT_WIDTH - 110 });
    pen.text(pen.label('page', { n: index - range.start + 1, total: range.count }), { x: A4_WIDTH - MARGIN - 110, y, size: 8, color: GREY, width: 110, align: 'right' });
    doc.page.margins.bottom = bottomMargin;
  }
}

function money(amount: number, currency: string): string {
  const digits = currency === 'USD' ? 2 : 0;
  return `${amount.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits })} ${currency}`;
}

function truncate(value: string, max: number): string {
  const chars = [...value];
  return chars.length <= max ? value : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}
