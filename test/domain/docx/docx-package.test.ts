// The .docx at the schema level, read back with a zip reader and a strict XML parser we did
// not write: it unzips, every part parses, every part has a content type, every relationship
// resolves, the main parts and the page-number header are wired up, and the section and table
// properties Word needs (A4, margins, landscape appendix, titlePg, fixed grids) are there.
import { unzipSync, strFromU8 } from 'fflate';
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { renderDocxParts } from '../../../src/domain/docx/package';
import { zipDocxParts } from '../../../src/local/report/docx-zip';
import { buildReportModel } from '../../../src/domain/report';
import { buildSummary } from '../../../src/domain/summary';
import { parsePeriodId } from '../../../src/domain/periods';
import type { ReportDocument } from '../../../src/domain/report-types';
import { SEED_NOW_Q1, seedQuarter } from '../../fixtures/seed-quarter';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

interface Node { name: string; uri: string; local: string; attrs: Record<string, string>; children: Node[]; text: string }

/** A namespace-aware tree; throws on any well-formedness or namespace error. */
function parse(xml: string): Node {
  const parser = new SaxesParser({ xmlns: true });
  const root: Node = { name: '#root', uri: '', local: '#root', attrs: {}, children: [], text: '' };
  const stack = [root];
  parser.on('error', (e) => { throw e; });
  parser.on('opentag', (t: SaxesTagNS) => {
    const attrs: Record<string, string> = {};
    for (const a of Object.values(t.attributes)) attrs[a.uri ? `{${a.uri}}${a.local}` : a.local] = a.value;
    const node: Node = { name: t.name, uri: t.uri, local: t.local, attrs, children: [], text: '' };
    stack[stack.length - 1].children.push(node);
    stack.push(node);
  });
  parser.on('text', (text) => { stack[stack.length - 1].text += text; });
  parser.on('closetag', () => { stack.pop(); });
  parser.write(xml).close();
  return root.children[0];
}

const all = (n: Node, local: string, uri = W): Node[] =>
  [...(n.local === local && n.uri === uri ? [n] : []), ...n.children.flatMap((c) => all(c, local, uri))];
const child = (n: Node, local: string): Node | undefined => n.children.find((c) => c.local === local && c.uri === W);
const wAttr = (n: Node | undefined, name: string): string | undefined => n?.attrs[`{${W}}${name}`];

const seed = seedQuarter();
const summaryOf = (id: string) => buildSummary({ ...seed, period: parsePeriodId(id)!, now: SEED_NOW_Q1, dueSoonDays: 3 });
const report = buildReportModel({ summary: summaryOf('2024-Q1'), previous: summaryOf('2023-Q4'), settings: seed.settings, catalog: seed.catalog, issuedAt: SEED_NOW_Q1 });

function unpack(doc: ReportDocument): Record<string, string> {
  const files = unzipSync(zipDocxParts(renderDocxParts(doc)));
  return Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strFromU8(v)]));
}

describe('the report .docx package', () => {
  const files = unpack(report);
  const trees = Object.fromEntries(Object.entries(files).filter(([k]) => /\.(xml|rels)$/.test(k)).map(([k, v]) => [k, parse(v)]));

  it('unzips to the required parts, each of which parses as XML', () => {
    for (const p of ['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/_rels/document.xml.rels', 'word/styles.xml', 'word/header1.xml']) {
      expect(Object.keys(files)).toContain(p);
    }
    expect(Object.keys(trees).sort()).toEqual(Object.keys(files).sort());
    expect(trees['word/document.xml'].local).toBe('document');
    expect(trees['word/document.xml'].uri).toBe(W);
  });

  it('gives every part a content type and the main parts the WordprocessingML ones', () => {
    const types = trees['[Content_Types].xml'];
    const defaults = new Map(types.children.filter((c) => c.local === 'Default').map((c) => [c.attrs.Extension, c.attrs.ContentType]));
    const overrides = new Map(types.children.filter((c) => c.local === 'Override').map((c) => [c.attrs.PartName, c.attrs.ContentType]));
    for (const part of Object.keys(files)) {
      if (part === '[Content_Types].xml') continue;
      const type = overrides.get(`/${part}`) ?? defaults.get(part.split('.').pop()!);
      expect([part, type]).toEqual([part, expect.any(String)]);
    }
    for (const name of overrides.keys()) expect(Object.keys(files)).toContain(name.slice(1));
    expect(overrides.get('/word/document.xml')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml');
    expect(overrides.get('/word/styles.xml')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml');
    expect(overrides.get('/word/header1.xml')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml');
  });

  it('resolves every relationship, and every r:id the document uses', () => {
    const rels = (file: string, base: string) => trees[file].children.map((c) => ({ id: c.attrs.Id, type: c.attrs.Type, target: base + c.attrs.Target }));
    const root = rels('_rels/.rels', '');
    expect(root.find((r) => r.type.endsWith('/officeDocument'))?.target).toBe('word/document.xml');
    const docRels = rels('word/_rels/document.xml.rels', 'word/');
    for (const r of [...root, ...docRels]) expect(Object.keys(files)).toContain(r.target);
    expect(docRels.find((r) => r.type === `${R}/styles`)?.target).toBe('word/styles.xml');
    const used = new Set(Object.values(all(trees['word/document.xml'], 'headerReference')).map((h) => h.attrs[`{${R}}id`]));
    expect(used.size).toBeGreaterThan(0);
    for (const id of used) expect(docRels.find((r) => r.id === id)?.type).toBe(`${R}/header`);
  });

  it('has a PAGE field in the default header and an empty first-page header (Nghị định 30: no number on page 1)', () => {
    const sects = all(trees['word/document.xml'], 'sectPr');
    const docRels = trees['word/_rels/document.xml.rels'].children;
    const target = (type: string, s: Node) => {
      const ref = s.children.find((c) => c.local === 'headerReference' && wAttr(c, 'type') === type);
      return ref && `word/${docRels.find((r) => r.attrs.Id === ref.attrs[`{${R}}id`])!.attrs.Target}`;
    };
    const first = sects[0];
    expect(child(first, 'titlePg')).toBeDefined();
    const pageHeader = trees[target('default', first)!];
    expect(all(pageHeader, 'instrText').map((n) => n.text.trim())).toEqual(['PAGE']);
    expect(wAttr(all(pageHeader, 'jc')[0], 'val')).toBe('center');
    expect(all(trees[target('first', first)!], 't').map((t) => t.text).join('')).toBe('');
  });

  it('sets A4 portrait with Nghị định 30 margins, then a landscape appendix section', () => {
    const sects = all(trees['word/document.xml'], 'sectPr');
    expect(sects).toHaveLength(2);
    const mm = (tw: string | undefined) => (Number(tw) / 1440) * 25.4;
    const [portrait, landscape] = sects;
    const pg = child(portrait, 'pgSz')!;
    expect([mm(wAttr(pg, 'w')), mm(wAttr(pg, 'h'))].map(Math.round)).toEqual([210, 297]);
    const m = child(portrait, 'pgMar')!;
    expect(mm(wAttr(m, 'top'))).toBeGreaterThanOrEqual(20 - 0.05);
    expect(mm(wAttr(m, 'top'))).toBeLessThanOrEqual(25);
    expect(mm(wAttr(m, 'bottom'))).toBeGreaterThanOrEqual(20 - 0.05);
    expect(mm(wAttr(m, 'left'))).toBeGreaterThanOrEqual(30 - 0.05);
    expect(mm(wAttr(m, 'left'))).toBeLessThanOrEqual(35);
    expect(mm(wAttr(m, 'right'))).toBeGreaterThanOrEqual(15 - 0.05);
    expect(mm(wAttr(m, 'right'))).toBeLessThanOrEqual(20);
    const lpg = child(landscape, 'pgSz')!;
    expect(wAttr(lpg, 'orient')).toBe('landscape');
    expect([mm(wAttr(lpg, 'w')), mm(wAttr(lpg, 'h'))].map(Math.round)).toEqual([297, 210]);
    // The landscape section is the body's last child; the portrait one ends the paragraph before the appendix.
    const body = child(trees['word/document.xml'], 'body')!;
    expect(body.children.at(-1)).toBe(landscape);
  });

  it('lays every table on a fixed grid that fits its page, one appendix table per group', () => {
    const doc = trees['word/document.xml'];
    const tables = all(doc, 'tbl');
    const sects = all(doc, 'sectPr');
    const width = (s: Node) => {
      const pg = child(s, 'pgSz')!; const m = child(s, 'pgMar')!;
      return Number(wAttr(pg, 'w')) - Number(wAttr(m, 'left')) - Number(wAttr(m, 'right'));
    };
    const xml = files['word/document.xml'];
    const appendixStart = xml.indexOf('<w:sectPr>');
    for (const t of tables) {
      const pr = child(t, 'tblPr')!;
      expect(wAttr(child(pr, 'tblLayout'), 'type')).toBe('fixed');
      const cols = all(child(t, 'tblGrid')!, 'gridCol').map((g) => Number(wAttr(g, 'w')));
      expect(cols.reduce((a, b) => a + b, 0)).toBe(Number(wAttr(child(pr, 'tblW'), 'w')));
      for (const row of all(t, 'tr')) expect(all(row, 'tc').filter((c) => c.children.length)).toHaveLength(cols.length);
    }
    const widths = tables.map((t) => Number(wAttr(child(child(t, 'tblPr')!, 'tblW'), 'w')));
    expect(Math.max(...widths)).toBeLessThanOrEqual(width(sects[1]));
    // Tables before the portrait section break fit the portrait page.
    const portraitTables = (xml.slice(0, appendixStart).match(/<w:tblW w:w="(\d+)"/g) ?? []).map((m) => Number(/\d+/.exec(m)![0]));
    expect(portraitTables.length).toBeGreaterThan(0);
    expect(Math.max(...portraitTables)).toBeLessThanOrEqual(width(sects[0]));
    const appendixTables = (xml.slice(appendixStart).match(/<w:tbl>/g) ?? []).length;
    expect(appendixTables).toBe(report.appendix!.tables.length);
  });

  it('without an appendix, has one portrait section with the first page apart', () => {
    const doc = parse(unpack({ ...report, appendix: null })['word/document.xml']);
    const sects = all(doc, 'sectPr');
    expect(sects).toHaveLength(1);
    expect(child(sects[0], 'titlePg')).toBeDefined();
    expect(wAttr(child(sects[0], 'pgSz'), 'orient')).toBeUndefined();
    expect(child(doc, 'body')!.children.at(-1)).toBe(sects[0]);
  });

  it('renders second-level headings in their own style', () => {
    const doc = parse(unpack({ ...report, body: [{ type: 'heading', level: 2, text: '1. Công tác chỉ đạo' }, ...report.body] })['word/document.xml']);
    const styles = all(doc, 'pStyle').map((n) => wAttr(n, 'val'));
    expect(styles).toContain('Heading2');
    expect(styles).toContain('Heading1');
    expect(files['word/styles.xml']).toContain('w:styleId="Heading2"');
  });

  it('sets Times New Roman throughout and escapes text', () => {
    const styles = files['word/styles.xml'];
    expect(styles).toContain('w:ascii="Times New Roman"');
    const hostile = { ...report, summaryLine: 'A & B <script>"x"</script>\u0001' };
    const text = all(parse(unpack(hostile)['word/document.xml']), 't').map((t) => t.text).join('|');
    expect(text).toContain('A & B <script>"x"</script>');
    expect(text).not.toContain('\u0001');
  });
});
