// The configuration cache against CacheService's real limits: 100 KB per value in UTF-8 bytes,
// split over several keys; a generation in the key; any cache failure reads the sheets.
import { makeHarness, ADMIN } from '../harness';
import { loadConfig, invalidateConfig, readConfigFromSheets } from '../../../src/server/config/load-config';
import { CHUNK_BYTES, GENERATION_PROPERTY, splitUtf8, utf8Length } from '../../../src/server/config/config-cache';
import { SHEETS, UNIT_COLUMNS } from '../../../src/server/sheets/names';

const now = new Date('2024-03-10T08:00:00+07:00');

/** Adds units with long Vietnamese names until the configuration's JSON passes `bytes` UTF-8 bytes. */
function bigConfiguration(bytes: number) {
  const h = makeHarness('modules', now, ADMIN);
  h.api.setup();
  const sheet = h.fakes.spreadsheet.sheet(SHEETS.units);
  const values = h.fakes.spreadsheet.values(SHEETS.units);
  const header = values[0] as string[];
  const group = String(values[1][header.indexOf(UNIT_COLUMNS.group)]);
  // Letters with two diacritics take 3 bytes each in UTF-8.
  const name = 'Bộ phận Một cửa xã Cẩm Thịnh: Ưỡng Ửng Ữu Ựa Ờn Ở Ỡ Ợ Ấu Ầu Ẩu Ẫu Ậu Ắp Ằn Ẳn Ẵn Ặn Ếch Ềnh Ểu Ễu Ệt Ốc Ồn Ổn Ỗn Ộn ';
  const rows: unknown[][] = [];
  for (let i = 0; i < 450; i++) {
    const row = header.map(() => '');
    row[header.indexOf(UNIT_COLUMNS.code)] = `XA_THEM_${i}`;
    row[header.indexOf(UNIT_COLUMNS.name)] = `${name}số ${i}`;
    row[header.indexOf(UNIT_COLUMNS.group)] = group;
    row[header.indexOf(UNIT_COLUMNS.active)] = 'Có';
    rows.push(row);
  }
  sheet.getRange(values.length + 1, 1, rows.length, header.length).setValues(rows);
  invalidateConfig(h.env);
  const json = JSON.stringify(readConfigFromSheets(h.env));
  expect(utf8Length(json)).toBeGreaterThan(bytes);
  return { h, json };
}

describe('configuration cache', () => {
  test('a 120 KB (bytes) configuration is cached in chunks under 100 KB and read back whole', () => {
    const { h, json } = bigConfiguration(120 * 1000);
    // the old code compared JS characters with 100,000: this configuration passed that check
    expect(json.length).toBeLessThan(100 * 1000);
    console.log(`[config-cache] JSON ${json.length} chars = ${utf8Length(json)} UTF-8 bytes`);
    const first = loadConfig(h.env); // cold: reads the sheets, then one putAll
    const store = [...h.fakes.cache.script.entries()];
    const chunks = store.filter(([k]) => /:\d+$/.test(k));
    expect(chunks.length).toBeGreaterThanOrEqual(2);
    for (const [, entry] of chunks) expect(Buffer.byteLength(entry.value, 'utf8')).toBeLessThanOrEqual(CHUNK_BYTES);
    h.fakes.counters.reset();
    const warm = loadConfig(h.env);
    expect(warm).toEqual(first);
    expect(h.fakes.counters.spreadsheet).toBe(0); // served from the cache
    expect(h.fakes.counters.methods('cache')).toEqual({ 'CacheService.getScriptCache': 1, 'Cache.getAll': 1 });
    expect(warm.catalog.units.filter((u) => u.code.startsWith('XA_THEM_'))).toHaveLength(450);
  });

  test('an edit landing between the sheet read and the put cannot pin the old configuration', () => {
    const h = makeHarness('modules', now, ADMIN);
    h.api.setup();
    const props = h.fakes.properties.script;
    // A reader took generation g and read the sheets; the edit guard bumps the generation before
    // the reader's put lands. Simulate by bumping between the two steps.
    const generationBefore = props.get(GENERATION_PROPERTY);
    const stale = loadConfig(h.env);
    // ...the office edits a unit's name now (after the read, "before" the put above)...
    const values = h.fakes.spreadsheet.values(SHEETS.units);
    const col = (values[0] as string[]).indexOf(UNIT_COLUMNS.name);
    h.fakes.spreadsheet.sheet(SHEETS.units).getRange(2, col + 1).setValue('Tên mới');
    invalidateConfig(h.env);
    expect(props.get(GENERATION_PROPERTY)).not.toBe(generationBefore);
    // the stale copy is still in the cache, under the old generation, but nobody reads it
    expect([...h.fakes.cache.script.keys()].some((k) => k.includes(`:${generationBefore ?? '0'}:`))).toBe(true);
    expect(loadConfig(h.env).catalog.units[0].name).toBe('Tên mới');
    expect(stale.catalog.units[0].name).not.toBe('Tên mới');
  });

  test('a cache that fails on every call falls back to the sheets', () => {
    const h = makeHarness('modules', now, ADMIN);
    h.api.setup();
    h.fakes.cache.failing = true;
    const config = loadConfig(h.env);
    expect(config.catalog.units.length).toBeGreaterThan(20);
    expect(h.api.getSidebarData().units.length).toBeGreaterThan(0);
  });

  test('a chunk evicted from the cache means a read from the sheets, not half a configuration', () => {
    const { h } = bigConfiguration(120 * 1000);
    loadConfig(h.env);
    const chunkKey = [...h.fakes.cache.script.keys()].find((k) => k.endsWith(':1'))!;
    h.fakes.cache.script.delete(chunkKey);
    h.fakes.counters.reset();
    expect(loadConfig(h.env).catalog.units.filter((u) => u.code.startsWith('XA_THEM_'))).toHaveLength(450);
    expect(h.fakes.counters.spreadsheet).toBeGreaterThan(0);
  });

  test('splitUtf8 keeps every piece under the byte limit and never splits a character', () => {
    const s = 'aễ😀'.repeat(1000);
    const parts = splitUtf8(s, 100);
    expect(parts.join('')).toBe(s);
    for (const p of parts) expect(utf8Length(p)).toBeLessThanOrEqual(100);
    expect(utf8Length(s)).toBe(Buffer.byteLength(s, 'utf8'));
  });
});
