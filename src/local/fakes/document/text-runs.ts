// Text content with per-character attributes, and operations over a sequence of such segments
// (a paragraph's Text children, or a whole container seen through editAsText()).

export type TextAttrs = Partial<Record<string, unknown>>;

export class TextRuns {
  constructor(public chars = '', public attrs: TextAttrs[] = []) {
    if (this.attrs.length !== chars.length) this.attrs = Array.from({ length: chars.length }, () => ({}));
  }
  static of(text: string, style: TextAttrs = {}): TextRuns {
    return new TextRuns(text, Array.from({ length: text.length }, () => ({ ...style })));
  }
  insert(offset: number, text: string, style: TextAttrs): void {
    this.chars = this.chars.slice(0, offset) + text + this.chars.slice(offset);
    this.attrs.splice(offset, 0, ...Array.from({ length: text.length }, () => ({ ...style })));
  }
  delete(start: number, endInclusive: number): void {
    this.chars = this.chars.slice(0, start) + this.chars.slice(endInclusive + 1);
    this.attrs.splice(start, endInclusive - start + 1);
  }
  /** Style to give text appended at the end: the last character's, as Docs continues a run. */
  tailStyle(fallback: TextAttrs): TextAttrs {
    return this.attrs.length ? { ...this.attrs[this.attrs.length - 1] } : { ...fallback };
  }
  copy(): TextRuns { return new TextRuns(this.chars, this.attrs.map((a) => ({ ...a }))); }
}

/** A piece of a text view: real runs, or a separator (the '\n' between paragraphs) that cannot be styled. */
export type Segment = { runs: TextRuns } | { sep: string };

export function viewText(segments: Segment[]): string {
  return segments.map((s) => ('runs' in s ? s.runs.chars : s.sep)).join('');
}

/** Calls `fn(runs, localIndex)` for each styleable character in [start, endInclusive]. */
export function eachChar(segments: Segment[], start: number, endInclusive: number, fn: (runs: TextRuns, i: number) => void): void {
  let base = 0;
  for (const s of segments) {
    const len = 'runs' in s ? s.runs.chars.length : s.sep.length;
    if ('runs' in s) {
      for (let i = Math.max(start - base, 0); i <= Math.min(endInclusive - base, len - 1); i++) fn(s.runs, i);
    }
    base += len;
    if (base > endInclusive) break;
  }
}

/** The attribute at `offset`, or for the whole view when offset is undefined (null if mixed). */
export function attrOf(segments: Segment[], key: string, offset?: number): unknown {
  const total = viewText(segments).length;
  if (total === 0) return null;
  const values: unknown[] = [];
  eachChar(segments, offset ?? 0, offset ?? total - 1, (runs, i) => values.push(runs.attrs[i][key] ?? null));
  if (values.length === 0) return null;
  return values.every((v) => v === values[0]) ? values[0] : null;
}

/** Offsets where any attribute changes (Text.getTextAttributeIndices). */
export function attributeIndices(segments: Segment[]): number[] {
  const out: number[] = [];
  let prev: string | null = null;
  let offset = 0;
  for (const s of segments) {
    if ('sep' in s) { offset += s.sep.length; continue; }
    s.runs.attrs.forEach((a, i) => {
      const key = JSON.stringify(Object.entries(a).filter(([, v]) => v !== null && v !== undefined).sort());
      if (key !== prev) out.push(offset + i);
      prev = key;
    });
    offset += s.runs.chars.length;
  }
  return out.length ? out : [0];
}
