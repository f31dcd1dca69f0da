// Text safety helpers shared by the sidebar and the server. Pure string code: no URL class,
// no DOM, nothing Apps Script lacks.

// Control characters other than \n (tab and \r are handled before this runs), plus zero-width
// characters and the BOM that sneak in from copy-paste out of Word or Zalo.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200D\u2060\uFEFF]/g;
// Horizontal white space, including no-break and other Unicode spaces.
const SPACES = /[ \t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;

/**
 * NFC, unify line breaks to \n, collapse runs of spaces/tabs into one space (newlines kept),
 * drop spaces around line breaks, strip other control characters, trim.
 */
export function normalizeText(s: string): string {
  return s
    .normalize('NFC')
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(SPACES, ' ')
    .replace(CONTROL, '')
    .replace(/ ?\n ?/g, '\n')
    .trim();
}

// Sheets (like other spreadsheets) treats a cell starting with these as a formula; tab and
// CR starts are the classic CSV-injection variants.
const FORMULA_START = /^(?:\s*[=+\-@]|[\t\r])/;

/**
 * Make text inert before it is written to a cell: if it would start a formula, prefix an
 * apostrophe. The apostrophe is Sheets' literal-text prefix: Sheets shows and returns the value
 * without it (getValues gives back the original text), so the stored value is unchanged.
 */
export function neutralizeFormula(s: string): string {
  return FORMULA_START.test(s) ? `'${s}` : s;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escape for HTML text and quoted attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

export function normalizeEmail(s: string): string {
  return s.trim().toLowerCase();
}

// Deliberately simple: one @, no spaces, a dot in the domain. Google accounts are checked by
// Google; this catches typos in the configuration sheet.
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

export function isEmail(s: string): boolean {
  return s.length <= 254 && EMAIL.test(s);
}

// http(s)://host[:port][/path][?query][#fragment]; host is a dotted name (letters incl.
// Unicode, digits, hyphens) or an IPv4 address. No user-info part: "https://a.gov.vn@evil.com"
// is a phishing trick, not an evidence link. No white space or <>"` anywhere.
const LABEL = '[A-Za-z0-9\\u00A1-\\uFFFF](?:[A-Za-z0-9\\u00A1-\\uFFFF-]*[A-Za-z0-9\\u00A1-\\uFFFF])?';
const HOST = `(?:${LABEL}\\.)+${LABEL}`;
const HTTP_URL = new RegExp(`^https?://${HOST}(?::\\d{1,5})?(?:[/?#][^\\s<>"\`]*)?$`, 'i');

/** An http or https link to a named host, checked without the URL class (Apps Script has none). */
export function isHttpUrl(s: string): boolean {
  return s.length <= 2048 && HTTP_URL.test(s);
}
