// Measures a report PDF with poppler-utils, never with our own model: page sizes (pdfinfo),
// word boxes (pdftotext -bbox), type sizes (pdftohtml -xml) and fonts (pdffonts). Then the
// checks of Nghị định 30/2020 Phụ lục I that every rendering of the report must pass.
import { execFileSync } from 'node:child_process';

export const MM = 72 / 25.4;

export interface Word { text: string; xMin: number; yMin: number; xMax: number; yMax: number }
export interface Page { width: number; height: number; words: Word[] }

const run = (cmd: string, args: string[]): string => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const unescape = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

export function pages(file: string): Page[] {
  const xml = run('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-']);
  return [...xml.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((m) => ({
    width: Number(m[1]), height: Number(m[2]),
    words: [...m[3].matchAll(/<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g)]
      .map((w) => ({ xMin: Number(w[1]), yMin: Number(w[2]), xMax: Number(w[3]), yMax: Number(w[4]), text: unescape(w[5]).normalize('NFC') })),
  }));
}

/** pdfinfo's page sizes, in points (rounded). */
export function pageSizes(file: string): number[][] {
  return [...run('pdfinfo', ['-f', '1', '-l', '9999', file]).matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)]
    .map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);
}

export function fontNames(file: string): string[] {
  return run('pdffonts', [file]).split('\n').slice(2).filter(Boolean).map((l) => l.split(/\s+/)[0].replace(/^[A-Z]{6}\+/, ''));
}

/** Characters set at each type size, per page (pdftohtml's fontspec sizes at zoom 1, in points). */
export function charsBySize(file: string): Map<number, number>[] {
  const xml = run('pdftohtml', ['-xml', '-i', '-stdout', '-zoom', '1', '-q', file]);
  // A fontspec is declared on the first page that uses it and holds for the whole file.
  const sizes = new Map([...xml.matchAll(/<fontspec id="(\d+)" size="(\d+)"/g)].map((f) => [f[1], Number(f[2])]));
  return [...xml.matchAll(/<page number="\d+"[^>]*>([\s\S]*?)<\/page>/g)].map((p) => {
    const out = new Map<number, number>();
    for (const t of p[1].matchAll(/<text [^>]*font="(\d+)"[^>]*>([\s\S]*?)<\/text>/g)) {
      const size = sizes.get(t[1]) ?? 0;
      out.set(size, (out.get(size) ?? 0) + t[2].replace(/<[^>]+>/g, '').length);
    }
    return out;
  });
}

export function text(file: string): string {
  return run('pdftotext', ['-enc', 'UTF-8', file, '-']).normalize('NFC');
}

/** Text compared without white space or dashes that pdftotext may break or drop at a line end. */
export const squash = (s: string): string => s.normalize('NFC').replace(/[\s\-–]+/g, '');

export interface Nd30Measures {
  sizes: number[][];
  portrait: number[];
  landscape: number[];
  /** Per portrait page: blank margins in mm (page number excluded). */
  margins: { page: number; top: number; bottom: number; left: number; right: number }[];
  pageNumbers: (string | null)[];
  pageNumberOffCentreMm: number[];
  bodySize: number;
  bodyShare: number;
  outside: Word[];
  fonts: string[];
}

/** The page number is the one word in the top margin (above 20 mm). */
const TOP_BAND = 20 * MM - 0.5;

export function measure(file: string): Nd30Measures {
  const ps = pages(file);
  const sizes = pageSizes(file);
  const portrait = ps.map((p, i) => (p.width < p.height ? i : -1)).filter((i) => i >= 0);
  const landscape = ps.map((p, i) => (p.width > p.height ? i : -1)).filter((i) => i >= 0);
  const pageNumbers = ps.map((p) => {
    const top = p.words.filter((w) => w.yMax < TOP_BAND);
    return top.length === 0 ? null : top.map((w) => w.text).join(' ');
  });
  const pageNumberOffCentreMm = ps.map((p, i) => {
    const top = p.words.filter((w) => w.yMax < TOP_BAND);
    if (!top.length) return 0;
    const [left, right] = i < (landscape[0] ?? Infinity) ? [30, 15] : [20, 15];
    const textCentre = (left * MM + p.width - right * MM) / 2;
    return Math.abs((top[0].xMin + top[0].xMax) / 2 - textCentre) / MM;
  });
  const margins = portrait.map((i) => {
    const body = ps[i].words.filter((w) => w.yMax >= TOP_BAND);
    return {
      page: i + 1,
      top: Math.min(...body.map((w) => w.yMin)) / MM,
      bottom: (ps[i].height - Math.max(...body.map((w) => w.yMax))) / MM,
      left: Math.min(...body.map((w) => w.xMin)) / MM,
      right: (ps[i].width - Math.max(...body.map((w) => w.xMax))) / MM,
    };
  });
  const bySize = charsBySize(file);
  const portraitChars = new Map<number, number>();
  for (const i of portrait) for (const [s, n] of bySize[i] ?? []) portraitChars.set(s, (portraitChars.get(s) ?? 0) + n);
  const total = [...portraitChars.values()].reduce((a, b) => a + b, 0);
  const [bodySize] = [...portraitChars.entries()].sort((a, b) => b[1] - a[1])[0] ?? [0];
  const bodyShare = ([13, 14].reduce((a, s) => a + (portraitChars.get(s) ?? 0), 0)) / (total || 1);
  const outside = ps.flatMap((p) => p.words.filter((w) => w.xMin < 0 || w.yMin < 0 || w.xMax > p.width || w.yMax > p.height));
  return { sizes, portrait, landscape, margins, pageNumbers, pageNumberOffCentreMm, bodySize, bodyShare, outside, fonts: fontNames(file) };
}

/** Every check of Nghị định 30 that a rendering must pass; `expect` is jest's. */
export function expectNd30(file: string): Nd30Measures {
  const m = measure(file);
  // A4, portrait first, then the landscape appendix to the end.
  expect(m.sizes.length).toBeGreaterThan(2);
  for (const [w, h] of m.sizes) expect([w, h].sort((a, b) => a - b)).toEqual([595, 842]);
  expect(m.portrait[0]).toBe(0);
  expect(m.landscape.length).toBeGreaterThan(0);
  expect(m.landscape).toEqual(Array.from({ length: m.landscape.length }, (_, k) => m.portrait.length + k));
  // Margins: text never enters them; the left/right/top ones are no wider than the decree allows.
  const EPS = 0.6;
  for (const g of m.margins) {
    expect({ page: g.page, top: g.top >= 20 - EPS, bottom: g.bottom >= 20 - EPS, left: g.left >= 30 - EPS, right: g.right >= 15 - EPS })
      .toEqual({ page: g.page, top: true, bottom: true, left: true, right: true });
  }
  const widest = (k: 'left' | 'right' | 'top') => Math.min(...m.margins.map((g) => g[k]));
  expect(widest('left')).toBeLessThanOrEqual(35);
  expect(widest('right')).toBeLessThanOrEqual(20);
  expect(widest('top')).toBeLessThanOrEqual(25);
  // A full portrait page runs to within a line or two of the bottom margin (at most 25 mm + 10 mm).
  expect(Math.min(...m.margins.map((g) => g.bottom))).toBeLessThanOrEqual(35);
  // Body text 13–14 pt.
  expect([13, 14]).toContain(m.bodySize);
  expect(m.bodyShare).toBeGreaterThan(0.7);
  // Page numbers: none on page 1, then 2, 3, … centred in the top margin.
  expect(m.pageNumbers[0]).toBeNull();
  expect(m.pageNumbers.slice(1)).toEqual(m.pageNumbers.slice(1).map((_, i) => String(i + 2)));
  for (const off of m.pageNumberOffCentreMm) expect(off).toBeLessThan(3);
  // No glyph outside the page, and only Liberation Serif (Times New Roman's metrics).
  expect(m.outside).toEqual([]);
  expect(new Set(m.fonts)).toEqual(new Set(['LiberationSerif', 'LiberationSerif-Bold', 'LiberationSerif-Italic', 'LiberationSerif-BoldItalic']));
  return m;
}
