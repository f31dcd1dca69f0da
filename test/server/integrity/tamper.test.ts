// Issue 13, "tampering is detected and recoverable". Units' runs must write the data and audit
// sheets, so a unit officer can unhide them and type, paste, delete, insert or sort there. Each
// such change, made with no edit event, is found by the next daily check and named (sheet, row,
// unit, period) in the admins' digest and in the audit; "Khôi phục dữ liệu…" then brings back the
// chain's content plus the submissions made since the last good snapshot: nothing lost.
import { SHEETS, DATA_COLUMNS, AUDIT_COLUMNS } from '../../../src/server/sheets/names';
import { INTEGRITY_ACTION } from '../../../src/server/integrity/report-text';
import { SNAPSHOT_NAME } from '../../../src/server/integrity/snapshot';
import { HASH_COLUMN } from '../../../src/server/integrity/canonical';
import {
  ADMIN, FLAVOURS, OFFICER, OFFICER2, assignEmails, contentOf, dataRecords, makeTrustHarness, submit, triggerEvent, type TrustHarness,
} from './harness';

const at = (h: TrustHarness, local: string): void => h.fakes.clock.set(new Date(`${local}:00+07:00`));
const OFFICERS = { XA_CAM_BINH: OFFICER, XA_CAM_HA: OFFICER2, XA_CAM_DUE: 'vanthu.camdue@camxuyen.gov.vn', XA_CAM_LOC: 'vanthu.camloc@camxuyen.gov.vn', XA_CAM_MY: 'vanthu.cammy@camxuyen.gov.vn' };

function submitAs(h: TrustHarness, unit: keyof typeof OFFICERS, values?: Record<string, number>): void {
  h.as(OFFICERS[unit]);
  const r = submit(h, unit, '2024-Q1', values);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
}

function dailyCheck(h: TrustHarness): { tampered: number } {
  h.as(ADMIN);
  return h.call('checkLateness', triggerEvent(h, 'checkLateness'));
}

/**
 * Four reports, a clean daily check (the snapshot), then two more (a revision and a new unit):
 * rows 2–7 hold #1 BINH, #2 HA, #3 DUE, #4 LOC | #5 BINH rev 2, #6 MY.
 */
function season(flavour: (typeof FLAVOURS)[number]): { h: TrustHarness; legit: string[] } {
  const h = makeTrustHarness(flavour, new Date('2024-03-10T03:00:00Z'));
  h.call('setup');
  assignEmails(h, OFFICERS);
  at(h, '2024-03-12T09:00');
  submitAs(h, 'XA_CAM_BINH');
  submitAs(h, 'XA_CAM_HA', { ...VALUES_HA });
  submitAs(h, 'XA_CAM_DUE');
  submitAs(h, 'XA_CAM_LOC');
  at(h, '2024-03-13T07:00');
  expect(dailyCheck(h).tampered).toBe(0);
  expect(h.fakes.drive.files().filter((f) => f.name === SNAPSHOT_NAME)).toHaveLength(1);
  at(h, '2024-03-14T10:00');
  submitAs(h, 'XA_CAM_BINH', { ...VALUES_HA, TIN_BAI: 15 });
  submitAs(h, 'XA_CAM_MY');
  return { h, legit: dataRecords(h).map(contentOf) };
}
const VALUES_HA = { LOP_TAP_HUAN: 1, TOA_DAM: 1, TIN_BAI: 7, TO_ROI: 120, TAI_LIEU: 2, HINH_THUC_KHAC: 0, CHUYEN_MUC_TRUYEN_THANH: 3, CUOC_THI: 0 };

function col(h: TrustHarness, name: string): number {
  return (h.fakes.spreadsheet.values(SHEETS.data)[0] as string[]).indexOf(name) + 1;
}

/** The officer of Cẩm Bình unhides the data sheet and works on it by hand (warning accepted). */
const TAMPER: Record<string, (h: TrustHarness) => void> = {
  'one figure changed, no edit event': (h) => {
    h.fakes.spreadsheet.sheet(SHEETS.data).getRange(3, col(h, 'TIN_BAI')).setValue(99);
  },
  'a pasted block': (h) => {
    h.fakes.spreadsheet.sheet(SHEETS.data).getRange(4, col(h, 'TIN_BAI'), 2, 2).setValues([[0, 0], [0, 0]]);
  },
  'a deleted row': (h) => {
    h.fakes.spreadsheet.sheet(SHEETS.data).deleteRow(4);
  },
  'an inserted fake row': (h) => {
    const sheet = h.fakes.spreadsheet.sheet(SHEETS.data);
    const row = sheet.getRange(3, 1, 1, sheet.getLastColumn()).getValues()[0];
    row[col(h, DATA_COLUMNS.revision) - 1] = 2;
    row[col(h, 'TIN_BAI') - 1] = 500;
    row[col(h, DATA_COLUMNS.id) - 1] = 'fake-id';
    sheet.insertRowAfter(3);
    sheet.getRange(4, 1, 1, row.length).setValues([row]);
  },
  'the data sheet sorted by unit code': (h) => {
    const sheet = h.fakes.spreadsheet.sheet(SHEETS.data);
    const range = sheet.getRange(2, 1, sheet.getLastRow() - 1, sheet.getLastColumn());
    const unit = col(h, DATA_COLUMNS.unit) - 1;
    range.setValues(range.getValues().sort((a, b) => String(a[unit]).localeCompare(String(b[unit]))));
  },
};

/** What the digest must name for each case: [kind label, sheet row or former row, unit]. */
const EXPECTED: Record<string, [string, string, string][]> = {
  'one figure changed, no edit event': [['bị sửa', 'dòng 3 (mã #2)', 'XA_CAM_HA']],
  'a pasted block': [['bị sửa', 'dòng 4 (mã #3)', 'XA_CAM_DUE'], ['bị sửa', 'dòng 5 (mã #4)', 'XA_CAM_LOC']],
  'a deleted row': [['bị xóa', 'dòng 4 trong bản sao lưu (mã #3)', 'XA_CAM_DUE']],
  'an inserted fake row': [['bị chèn thêm', 'dòng 4 (mã #2)', 'XA_CAM_HA']],
  'the data sheet sorted by unit code': [['bị đổi chỗ', 'dòng 3 (mã #5)', 'XA_CAM_BINH'], ['bị đổi chỗ', 'dòng 5 (mã #2)', 'XA_CAM_HA']],
};

describe.each(FLAVOURS)('tamper evidence and restore (%s)', (flavour) => {
  test.each(Object.keys(TAMPER))('%s: found by the next daily check, named in the digest and the audit, restored with nothing lost', (name) => {
    const { h, legit } = season(flavour);
    h.as(OFFICER);
    TAMPER[name](h);
    expect(dataRecords(h).map(contentOf)).not.toEqual(legit);

    at(h, '2024-03-19T07:00'); // after the deadline: the admins' digest goes out
    const outboxBefore = h.fakes.outbox.length;
    expect(dailyCheck(h).tampered).toBeGreaterThan(0);
    const digest = h.fakes.outbox.slice(outboxBefore).find((m) => m.to.includes(ADMIN) && /Đơn vị chậm nộp/.test(m.subject));
    expect(digest).toBeDefined();
    const body = digest!.body;
    expect(body).toMatch(/Dữ liệu báo cáo: mã cuối #6 [0-9a-f]{64}/);
    for (const [kind, where, unit] of EXPECTED[name]) {
      expect(body).toContain(`Dữ liệu báo cáo, ${where}: ${kind}`);
      expect(body).toMatch(new RegExp(`Dữ liệu báo cáo, ${where.replace(/[()#]/g, '\\$&')}: ${kind}[^\\n]*đơn vị ${unit}, kỳ 2024-Q1`));
    }
    const audit = h.fakes.spreadsheet.values(SHEETS.audit);
    const logged = audit.filter((r) => r[(audit[0] as string[]).indexOf(AUDIT_COLUMNS.action)] === INTEGRITY_ACTION).map((r) => String(r[4]));
    for (const [kind, where, unit] of EXPECTED[name]) expect(logged.some((d) => d.includes(`${where}: ${kind}`) && d.includes(unit))).toBe(true);

    // Khôi phục dữ liệu…: the dialog lists the difference, the admin confirms
    h.as(ADMIN);
    h.fakes.ui.scriptAlert('YES');
    const result = h.call<{ status: string; counts: { data: { fromSnapshot: number; keptSince: number } } }>('restoreData');
    expect(result.status).toBe('restored');
    expect(result.counts.data).toMatchObject({ fromSnapshot: 4, keptSince: 2 });
    const dialog = h.fakes.ui.alerts.find((a) => a.buttons === 'YES_NO');
    expect(dialog?.prompt).toContain('So với bản sao lưu tốt gần nhất');
    expect(dataRecords(h).map(contentOf)).toEqual(legit); // the chain's content plus what came since, in order
    expect(dataRecords(h).map((r) => String(r[HASH_COLUMN]).split(':')[0])).toEqual(['1', '2', '3', '4', '5', '6']);
    const restoredAudit = h.fakes.spreadsheet.values(SHEETS.audit);
    expect(restoredAudit.some((r) => r[2] === 'Khôi phục dữ liệu' && r[1] === ADMIN)).toBe(true);

    // afterwards units submit as before, and the chains verify again
    at(h, '2024-03-20T09:00');
    submitAs(h, 'XA_CAM_LOC');
    at(h, '2024-03-21T07:00');
    expect(dailyCheck(h).tampered).toBe(0);
    expect(dataRecords(h)).toHaveLength(7);
    // one rolling snapshot file, however many checks and restores
    expect(h.fakes.drive.files().filter((f) => f.name === SNAPSHOT_NAME)).toHaveLength(1);
  });
});

describe('tamper evidence beyond the sheet (modules)', () => {
  test('a removed row fires onChange: logged with who removed it and mailed to the admins at once', () => {
    const { h } = season('modules');
    h.as(OFFICER);
    h.fakes.spreadsheet.sheet(SHEETS.data).deleteRow(4);
    h.as(ADMIN); // the installed trigger runs as the admin who installed it
    h.callRaw('onChangeGuard', triggerEvent(h, 'onChangeGuard', { changeType: 'REMOVE_ROW', user: { getEmail: () => OFFICER } }));
    const audit = h.fakes.spreadsheet.values(SHEETS.audit);
    const entry = audit.find((r) => r[2] === INTEGRITY_ACTION);
    expect(String(entry?.[4])).toContain(`Xóa dòng trong bảng tính (người thực hiện: ${OFFICER})`);
    expect(String(entry?.[4])).toContain('dòng 4 trong bản sao lưu (mã #3): bị xóa – đơn vị XA_CAM_DUE, kỳ 2024-Q1');
    const alert = h.fakes.outbox[h.fakes.outbox.length - 1];
    expect(alert.subject).toMatch(/Cảnh báo: dữ liệu bị sửa ngoài hệ thống/);
    expect(alert.body).toContain('XA_CAM_DUE');
  });

  test('a removed column is found at once through onChange; the snapshot\'s rows come back, later ones are named for resubmission', () => {
    const { h, legit } = season('modules');
    h.as(OFFICER);
    h.fakes.spreadsheet.sheet(SHEETS.data).deleteColumn(col(h, 'TIN_BAI'));
    h.as(ADMIN);
    h.callRaw('onChangeGuard', triggerEvent(h, 'onChangeGuard', { changeType: 'REMOVE_COLUMN', user: { getEmail: () => OFFICER } }));
    const logged = h.fakes.spreadsheet.values(SHEETS.audit).filter((r) => r[2] === INTEGRITY_ACTION).map((r) => String(r[4]));
    expect(logged).toHaveLength(6); // every data row lost a cell
    expect(logged[0]).toContain(`Xóa cột trong bảng tính (người thực hiện: ${OFFICER})`);
    h.fakes.ui.scriptAlert('YES');
    const r = h.call<{ status: string; counts: { data: { fromSnapshot: number; keptSince: number; dropped: number } } }>('restoreData');
    expect(r).toMatchObject({ status: 'restored', counts: { data: { fromSnapshot: 4, keptSince: 0, dropped: 2 } } });
    // the figures of the two reports sent after the last snapshot are gone with the column: the
    // dialog names them so the units can send them again
    const dialog = h.fakes.ui.alerts.find((a) => a.buttons === 'YES_NO')!.prompt;
    expect(dialog).toContain('dòng 6 (mã #5): XA_CAM_BINH, kỳ 2024-Q1');
    expect(dialog).toContain('dòng 7 (mã #6): XA_CAM_MY, kỳ 2024-Q1');
    expect(dataRecords(h).map(contentOf)).toEqual(legit.slice(0, 4));
    at(h, '2024-03-20T09:00');
    submitAs(h, 'XA_CAM_BINH', { ...VALUES_HA, TIN_BAI: 15 });
    submitAs(h, 'XA_CAM_MY');
    expect(dataRecords(h).map(contentOf)).toEqual(legit); // resubmitted: the same reports again
    at(h, '2024-03-21T07:00');
    expect(dailyCheck(h).tampered).toBe(0);
  });

  test('an audit entry deleted by hand is found and put back', () => {
    const { h } = season('modules');
    const audit = h.fakes.spreadsheet.values(SHEETS.audit);
    const row = audit.findIndex((r) => r[2] === 'Nộp báo cáo' && String(r[3]).startsWith('XA_CAM_HA')) + 1;
    h.as(OFFICER2);
    h.fakes.spreadsheet.sheet(SHEETS.audit).deleteRow(row);
    at(h, '2024-03-19T07:00');
    expect(dailyCheck(h).tampered).toBe(1);
    h.as(ADMIN);
    h.fakes.ui.scriptAlert('YES');
    expect(h.call<{ status: string }>('restoreData').status).toBe('restored');
    expect(h.fakes.spreadsheet.values(SHEETS.audit).some((r) => r[2] === 'Nộp báo cáo' && String(r[3]).startsWith('XA_CAM_HA'))).toBe(true);
  });

  test('recomputing every link after a change (someone who read the code) still disagrees with the head', () => {
    const { h } = season('modules');
    const { canonicalRow, formatLink, linkFor, sha256, parseLink } = require('../../../src/server/integrity/canonical') as typeof import('../../../src/server/integrity/canonical');
    const sheet = h.fakes.spreadsheet.sheet(SHEETS.data);
    h.as(OFFICER);
    sheet.getRange(3, col(h, 'TIN_BAI')).setValue(99);
    const values = h.fakes.spreadsheet.values(SHEETS.data);
    const header = values[0] as string[];
    const hc = header.indexOf(HASH_COLUMN);
    const digest = sha256(h.env);
    let prev = parseLink(values[1][hc] as string)!;
    for (let r = 2; r < values.length; r++) {
      prev = linkFor(digest, prev.hash, prev.seq + 1, canonicalRow(header, values[r]));
      sheet.getRange(r + 1, hc + 1).setValue(`'${formatLink(prev)}`);
    }
    at(h, '2024-03-19T07:00');
    expect(dailyCheck(h).tampered).toBeGreaterThan(0);
    const body = h.fakes.outbox.filter((m) => m.to.includes(ADMIN)).pop()!.body;
    expect(body).toContain('mã kiểm tra bị tính lại');
    h.as(ADMIN);
    h.fakes.ui.scriptAlert('YES');
    h.call('restoreData');
    expect(dataRecords(h).find((r) => r[DATA_COLUMNS.unit] === 'XA_CAM_HA')?.TIN_BAI).toBe(7);
  });
});
