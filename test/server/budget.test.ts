// Spreadsheet call budgets: constant in the size of the data sheet.
import { ADMIN, FLAVOURS, OFFICER, OFFICER_UNIT, assignEmail, makeHarness, type Harness } from './harness';
import { DATA_COLUMNS, SHEETS } from '../../src/server/sheets/names';
import { DEFAULT_CATALOG } from '../../src/domain/defaults';

const NOW = new Date('2024-03-10T03:00:00Z');
const SUBMIT_BUDGET = 12;
const SIDEBAR_BUDGET = 8;

/** Fills the data sheet with `n` plausible rows of other units and past periods. */
function seedRows(h: Harness, n: number): void {
  const header = h.fakes.spreadsheet.values(SHEETS.data)[0] as string[];
  const units = DEFAULT_CATALOG.units.map((u) => u.code).filter((c) => c !== OFFICER_UNIT);
  const rows = Array.from({ length: n }, (_, i) => header.map((col) => {
    switch (col) {
      case DATA_COLUMNS.id: return `seed-${i}`;
      case DATA_COLUMNS.requestId: return `seedreq-${i}`;
      case DATA_COLUMNS.unit: return units[i % units.length];
      case DATA_COLUMNS.period: return `${2000 + Math.floor(i / 400)}-Q${(i % 4) + 1}`;
      case DATA_COLUMNS.revision: return 1;
      case DATA_COLUMNS.submittedAt: return new Date(Date.UTC(2000 + Math.floor(i / 400), 0, 1));
      case DATA_COLUMNS.submittedBy: return 'seed@example.com';
      case DATA_COLUMNS.timeliness: return 'Đúng hạn';
      case DATA_COLUMNS.nothingToReport: return false;
      case DATA_COLUMNS.note: case DATA_COLUMNS.evidenceUrl: return '';
      default: return i % 7;
    }
  }));
  h.fakes.spreadsheet.seed(SHEETS.data, rows);
}

const counts = { LOP_TAP_HUAN: 1, TOA_DAM: 1, TIN_BAI: 1, TO_ROI: 1, TAI_LIEU: 1, HINH_THUC_KHAC: 1, CHUYEN_MUC_TRUYEN_THANH: 1, CUOC_THI: 1 };

function measure(h: Harness, fn: () => unknown): number {
  h.fakes.counters.reset();
  fn();
  return h.fakes.counters.spreadsheet;
}

describe.each(FLAVOURS)('call budgets (%s)', (flavour) => {
  test.each([10, 5000])('with %i rows in the data sheet', (rows) => {
    const h = makeHarness(flavour, NOW, ADMIN);
    h.api.setup();
    assignEmail(h, OFFICER_UNIT, OFFICER);
    seedRows(h, rows);
    h.as(OFFICER);
    const sidebarCold = measure(h, () => h.api.getSidebarData());
    const sidebar = measure(h, () => h.api.getSidebarData());
    const submit = measure(h, () => {
      const r = h.api.submitReport({ unitCode: OFFICER_UNIT, periodId: '2024-Q1', requestId: `budget-${rows}-x`, values: counts });
      expect(r.ok).toBe(true);
    });
    console.log(`[budget ${flavour}] data rows=${rows}: getSidebarData ${sidebar} calls (cold config cache ${sidebarCold}), submitReport ${submit} calls`);
    expect(sidebar).toBeLessThanOrEqual(SIDEBAR_BUDGET);
    expect(submit).toBeLessThanOrEqual(SUBMIT_BUDGET);
    expect(h.fakes.spreadsheet.values(SHEETS.data)).toHaveLength(rows + 2);
  });
});
