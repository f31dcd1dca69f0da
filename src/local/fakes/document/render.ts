// Plain views of a document for tests and the fake PDF: JSON tree, text rendering, style lookup.
import { FakeContainer, type FakeElement } from './element';
import { TEXT_ATTRIBUTES } from './enums';
import type { TextAttrs, TextRuns } from './text-runs';

export interface RunJson { text: string; attributes: TextAttrs }
export interface ElementJson {
  type: string;
  text: string;
  /** Element-level attributes that were set (paragraph alignment, margins, cell width…). */
  attributes: Record<string, unknown>;
  runs?: RunJson[];
  children?: ElementJson[];
  columnWidths?: Record<number, number>;
}

export function toJson(el: FakeElement): ElementJson {
  const out: ElementJson = { type: el.getType(), text: el.getText(), attributes: clean(el._ownAttrs()) };
  if (el.getType() === 'PARAGRAPH' || el.getType() === 'LIST_ITEM') out.runs = runsOf(el);
  if (el instanceof FakeContainer && el.getType() !== 'PARAGRAPH' && el.getType() !== 'LIST_ITEM') {
    out.children = el._children().map(toJson);
  } else if (el instanceof FakeContainer) {
    const inline = el._children().filter((c) => c.getType() !== 'TEXT');
    if (inline.length) out.children = inline.map(toJson);
  }
  const widths = (el as unknown as { _columnWidths?: () => Record<number, number> })._columnWidths?.();
  if (widths && Object.keys(widths).length) out.columnWidths = widths;
  return out;
}

/** Maximal runs of identical text attributes. */
export function runsOf(el: FakeElement): RunJson[] {
  const runs: RunJson[] = [];
  for (const s of el._segments()) {
    if (!('runs' in s)) continue;
    const r: TextRuns = s.runs;
    for (let i = 0; i < r.chars.length; i++) {
      const attributes = clean(r.attrs[i] as Record<string, unknown>);
      const last = runs[runs.length - 1];
      if (last && JSON.stringify(last.attributes) === JSON.stringify(attributes)) last.text += r.chars[i];
      else runs.push({ text: r.chars[i], attributes });
    }
  }
  return runs;
}

/** A readable text rendering: one line per paragraph, table cells separated by ' | '. */
export function renderText(el: FakeElement): string {
  const type = el.getType();
  if (type === 'TABLE') return (el as FakeContainer)._children().map((row) => (row as FakeContainer)._children().map((c) => renderText(c).replace(/\n/g, ' / ')).join(' | ')).join('\n');
  if (type === 'PARAGRAPH' || type === 'LIST_ITEM') {
    const inline = (el as FakeContainer)._children().map((c) => c.getType() === 'HORIZONTAL_RULE' ? '----------' : c.getType() === 'PAGE_BREAK' ? '\f' : c.getText()).join('');
    return type === 'LIST_ITEM' ? `• ${inline}` : inline;
  }
  if (el instanceof FakeContainer) return el._children().map(renderText).join('\n');
  return el.getText();
}

/**
 * Text attributes of the first occurrence of `text` in the element (each null when mixed across
 * the matched characters), plus the enclosing paragraph's own attributes. Null when not found.
 */
export function styleOf(root: FakeElement, text: string): { text: Record<string, unknown>; paragraph: Record<string, unknown> } | null {
  const paragraphs: FakeElement[] = [];
  const walk = (el: FakeElement) => {
    if (el.getType() === 'PARAGRAPH' || el.getType() === 'LIST_ITEM') paragraphs.push(el);
    else if (el instanceof FakeContainer) el._children().forEach(walk);
  };
  walk(root);
  for (const p of paragraphs) {
    const full = p.getText();
    const at = full.indexOf(text);
    if (at < 0) continue;
    const chars: TextAttrs[] = [];
    let base = 0;
    for (const s of p._segments()) {
      if (!('runs' in s)) continue;
      s.runs.attrs.forEach((a, i) => { if (base + i >= at && base + i < at + text.length) chars.push(a); });
      base += s.runs.chars.length;
    }
    const style: Record<string, unknown> = {};
    for (const key of TEXT_ATTRIBUTES) {
      const values = chars.map((a) => a[key] ?? null);
      style[key] = values.every((v) => v === values[0]) ? values[0] : null;
    }
    return { text: style, paragraph: clean(p._ownAttrs()) };
  }
  return null;
}

function clean(attrs: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(attrs).filter(([, v]) => v !== null && v !== undefined));
}
