// Issue 14, "every transition is audited and append-only, in the same storage discipline as
// submissions": the review log is hash-chained like the data sheet. A reason or state changed by
// hand (no edit event), a deleted row, or a change with every link recomputed is found by the
// next daily check and named (sheet, row, unit, period) in the admins' mail and the audit;
// "Khôi phục dữ liệu…" puts the log back from the last good snapshot, keeps the transitions made
// since, and rebuilds the review marks kept in document properties. Units cannot write the log.
import { PROTECTED_MESSAGE } from '../../../src/local/fakes/spreadsheet/protection';
import { HASH_COLUMN, canonicalRow, formatLink, linkFor, parseLink, sha256 } from '../../../src/server/integrity/canonical';
import { INTEGRITY_ACTION } from '../../../src/server/integrity/report-text';
import { loadSnapshot } from '../../../src/server/integrity/snapshot';
import { readPending } from '../../../src/server/review/corrections';
import { readPeriodStates } from '../../../src/server/review/period-states';
import { REVIEW_COLUMNS, REVIEW_SHEET } from '../../../src/server/review/review-log';
import { AUDIT_COLUMNS, SHEETS } from '../../../src/server/sheets/names';
import type { ReviewActionResult } from '../../../src/contract/review';
import {
  ADMIN, FLAVOURS, OFFICER, OFFICER2, assignEmails, makeTrustHarness, submit, triggerEvent, type TrustHarness,
} from '../integrity/harness';

const at = (h: TrustHarness, local: string): void => h.fakes.clock.set(new Date(`${local}:00+07:00`));
const OFFICERS = { XA_CAM_BINH: OFFICER, XA_CAM_HA: OFFICER2, XA_CAM_DUE: 'vanthu.camdue@camxuyen.gov.vn', XA_CAM_LOC: 'vanthu.camloc@camxuyen.gov.vn' };
const BINH_REASON = 'Thiếu danh sách lớp tập huấn.';

function review(h: TrustHarness, unitCode: string, state: 'needs_fix' | 'approved', reason = ''): void {
  h.as(ADMIN);
  const r = h.call<ReviewActionResult>('reviewReport', { unitCode, periodId: '2024-Q1', revision: 1, state, reason });
  expect(r).toMatchObject({ ok: true, state });
}

function dailyCheck(h: TrustHarness): { tampered: number } {
  h.as(ADMIN);
  return h.call('checkLateness', triggerEvent(h, 'checkLateness'));
}

const log = (h: TrustHarness): unknown[][] => h.fakes.spreadsheet.values(REVIEW_SHEET);
const col = (h: TrustHarness, name: string): number => (log(h)[0] as string[]).indexOf(name) + 1;
/** The review rows as stored, without their links: what a restore must bring back. */
const contents = (h: TrustHarness): string[] => log(h).slice(1).filter((r) => r.some((v) => v !== ''))
  .map((r) => JSON.stringify(r.slice(0, 7)));
const seqs = (h: TrustHarness): string[] => log(h).slice(1).map((r) => String(r[col(h, HASH_COLUMN) - 1]).split(':')[0]);

/**
 * Four reports; three transitions (#1 Cẩm Bình returned, #2 Cẩm Hà approved, #3 Cẩm Duệ
 * returned); a clean daily check (the snapshot); then #4 Cẩm Lộc approved after it.
 */
function season(flavour: (typeof FLAVOURS)[number]): TrustHarness {
  const h = makeTrustHarness(flavour, new Date('2024-03-10T03:00:00Z'));
  h.call('setup');
  assignEmails(h, OFFICERS);
  at(h, '2024-03-12T09:00');
  for (const [unit, email] of Object.entries(OFFICERS)) {
    h.as(email);
    expect(submit(h, unit, '2024-Q1')).toMatchObject({ ok: true });
  }
  at(h, '2024-03-12T15:00');
  review(h, 'XA_CAM_BINH', 'needs_fix', BINH_REASON);
  review(h, 'XA_CAM_HA', 'approved');
  review(h, 'XA_CAM_DUE', 'needs_fix', 'Số tờ rơi chưa khớp với biên bản.');
  at(h, '2024-03-13T07:00');
  expect(dailyCheck(h).tampered).toBe(0);
  expect(loadSnapshot(h.env)?.sheets.review.rows).toHaveLength(3); // the review log is in the snapshot
  at(h, '2024-03-14T10:00');
  review(h, 'XA_CAM_LOC', 'approved');
  expect(seqs(h)).toEqual(['1', '2', '3', '4']);
  return h;
}

/** The mail (digest or alert) that carried the integrity section of the last check. */
function integrityMail(h: TrustHarness, from: number): string {
  const mail = h.fakes.outbox.slice(from).filter((m) => m.to.includes(ADMIN) && m.body.includes('Kiểm tra toàn vẹn dữ liệu')).pop();
  expect(mail).toBeDefined();
  return mail!.body;
}

function integrityAudit(h: TrustHarness): { target: string; detail: string }[] {
  const [header, ...rows] = h.fakes.spreadsheet.values(SHEETS.audit) as string[][];
  const i = (n: string): number => header.indexOf(n);
  return rows.filter((r) => r[i(AUDIT_COLUMNS.action)] === INTEGRITY_ACTION).map((r) => ({ target: r[i(AUDIT_COLUMNS.target)], detail: r[i(AUDIT_COLUMNS.detail)] }));
}

function restore(h: TrustHarness): { status: string; counts: Record<string, { fromSnapshot: number; keptSince: number; dropped: number }> } {
  h.as(ADMIN);
  h.fakes.ui.scriptAlert('YES');
  const r = h.call<{ status: string; counts: Record<string, { fromSnapshot: number; keptSince: number; dropped: number }> }>('restoreData');
  expect(r.status).toBe('restored');
  expect(h.fakes.ui.alerts.find((a) => a.buttons === 'YES_NO')?.prompt).toContain(`${REVIEW_SHEET}:`);
  return r;
}

/** After a restore the chain verifies again and transitions go on as before. */
function goesOn(h: TrustHarness): void {
  at(h, '2024-03-20T07:00');
  expect(dailyCheck(h).tampered).toBe(0);
  const before = log(h).length;
  review(h, 'XA_CAM_BINH', 'approved');
  expect(log(h)).toHaveLength(before + 1);
  at(h, '2024-03-21T07:00');
  expect(dailyCheck(h).tampered).toBe(0);
}

describe.each(FLAVOURS)('the review log is chained like the data sheet (%s)', (flavour) => {
  test('a unit officer can neither type into the review log nor delete its rows', () => {
    const h = season(flavour);
    h.as(OFFICER);
    const sheet = h.fakes.spreadsheet.sheet(REVIEW_SHEET);
    expect(() => sheet.getRange(2, col(h, REVIEW_COLUMNS.state)).setValue('Đã duyệt')).toThrow(PROTECTED_MESSAGE);
    expect(() => sheet.deleteRow(2)).toThrow(PROTECTED_MESSAGE);
    expect(h.fakes.spreadsheet.snapshot(REVIEW_SHEET).protection).toMatchObject({ warningOnly: false });
  });

  test('a reason and state changed by hand (no edit event) are named, restored, and the review marks rebuilt', () => {
    const h = season(flavour);
    // Someone with edit rights (an admin's account, or a script) turns Cẩm Bình's return into an approval.
    h.as(ADMIN);
    h.fakes.spreadsheet.sheet(REVIEW_SHEET).getRange(2, col(h, REVIEW_COLUMNS.state), 1, 2).setValues([['Đã duyệt', '']]);
    // A genuine transition afterwards rebuilds the marks from the altered log: the summary would call Cẩm Bình approved.
    at(h, '2024-03-15T10:00');
    review(h, 'XA_CAM_DUE', 'approved');
    expect(readPeriodStates(h.env, '2024-Q1').XA_CAM_BINH).toEqual([1, 'approved']);
    expect(readPending(h.env).map((p) => p.unitCode)).toEqual([]);
    const expected = contents(h).map((c, i) => (i === 0 ? c.replace('"Đã duyệt",""', `"Cần bổ sung","${BINH_REASON}"`) : c));
    expect(expected[0]).toContain(BINH_REASON);

    at(h, '2024-03-19T07:00');
    const from = h.fakes.outbox.length;
    expect(dailyCheck(h).tampered).toBe(1);
    const body = integrityMail(h, from);
    expect(body).toContain(`${REVIEW_SHEET}, dòng 2 (mã #1): bị sửa – đơn vị XA_CAM_BINH, kỳ 2024-Q1`);
    expect(body).toMatch(new RegExp(`${REVIEW_SHEET}: mã cuối #5 [0-9a-f]{64}`));
    expect(integrityAudit(h)).toEqual([{ target: `${REVIEW_SHEET}!2:2`, detail: expect.stringContaining('dòng 2 (mã #1): bị sửa – đơn vị XA_CAM_BINH, kỳ 2024-Q1') }]);

    const r = restore(h);
    expect(r.counts.review).toEqual({ fromSnapshot: 3, keptSince: 2, dropped: 0 });
    expect(contents(h)).toEqual(expected); // the snapshot's rows plus the two transitions made since
    expect(seqs(h)).toEqual(['1', '2', '3', '4', '5']);
    expect(readPeriodStates(h.env, '2024-Q1')).toEqual({ XA_CAM_BINH: [1, 'needs_fix'], XA_CAM_HA: [1, 'approved'], XA_CAM_DUE: [1, 'approved'], XA_CAM_LOC: [1, 'approved'] });
    expect(readPending(h.env).map((p) => [p.unitCode, p.reason])).toEqual([['XA_CAM_BINH', BINH_REASON]]);
    goesOn(h);
  });

  test('a deleted review row is named from the snapshot and put back', () => {
    const h = season(flavour);
    const legit = contents(h);
    h.as(ADMIN);
    h.fakes.spreadsheet.sheet(REVIEW_SHEET).deleteRow(3); // Cẩm Hà's approval
    expect(contents(h)).toHaveLength(3);
    at(h, '2024-03-19T07:00');
    const from = h.fakes.outbox.length;
    expect(dailyCheck(h).tampered).toBe(1);
    expect(integrityMail(h, from)).toContain(`${REVIEW_SHEET}, dòng 3 trong bản sao lưu (mã #2): bị xóa – đơn vị XA_CAM_HA, kỳ 2024-Q1`);
    expect(integrityAudit(h).map((a) => a.detail)).toEqual([expect.stringContaining('dòng 3 trong bản sao lưu (mã #2): bị xóa – đơn vị XA_CAM_HA')]);
    expect(restore(h).counts.review).toEqual({ fromSnapshot: 3, keptSince: 1, dropped: 0 });
    expect(contents(h)).toEqual(legit);
    expect(seqs(h)).toEqual(['1', '2', '3', '4']);
    goesOn(h);
  });

  test('a change with every link recomputed (someone who read the code) still disagrees with the heads', () => {
    const h = season(flavour);
    const legit = contents(h);
    h.as(ADMIN);
    const sheet = h.fakes.spreadsheet.sheet(REVIEW_SHEET);
    sheet.getRange(2, col(h, REVIEW_COLUMNS.reason)).setValue('Đã bổ sung đủ.');
    const values = log(h);
    const header = values[0] as string[];
    const hc = header.indexOf(HASH_COLUMN);
    const digest = sha256(h.env);
    let prev = { seq: 0, hash: '' };
    for (let r = 1; r < values.length; r++) {
      prev = linkFor(digest, prev.hash, prev.seq + 1, canonicalRow(header, values[r] as never));
      sheet.getRange(r + 1, hc + 1).setValue(`'${formatLink(prev)}`);
    }
    expect(parseLink(log(h)[1][hc] as string)?.seq).toBe(1);
    at(h, '2024-03-19T07:00');
    const from = h.fakes.outbox.length;
    expect(dailyCheck(h).tampered).toBeGreaterThan(0);
    const body = integrityMail(h, from);
    expect(body).toMatch(new RegExp(`${REVIEW_SHEET}, dòng \\d \\(mã #\\d\\): mã kiểm tra bị tính lại[^\\n]*đơn vị XA_CAM_`));
    // The snapshot's rows come back; the approval made after it carries a rewritten link, so it
    // cannot be trusted: the dialog names it for the admin to approve again.
    expect(restore(h).counts.review).toEqual({ fromSnapshot: 3, keptSince: 0, dropped: 1 });
    expect(h.fakes.ui.alerts.find((a) => a.buttons === 'YES_NO')?.prompt).toContain('dòng 5 (mã #4): XA_CAM_LOC, kỳ 2024-Q1');
    expect(contents(h)).toEqual(legit.slice(0, 3));
    expect(contents(h)[0]).toContain(BINH_REASON);
    review(h, 'XA_CAM_LOC', 'approved');
    expect(contents(h).map((c) => JSON.parse(c).slice(2, 6))).toEqual(legit.map((c) => JSON.parse(c).slice(2, 6)));
    goesOn(h);
  });
});

describe('the review log beside the guards (modules)', () => {
  test('a removed review row fires onChange: found and logged at once, with who removed it', () => {
    const h = season('modules');
    h.as(ADMIN);
    h.fakes.spreadsheet.sheet(REVIEW_SHEET).deleteRow(3);
    h.callRaw('onChangeGuard', triggerEvent(h, 'onChangeGuard', { changeType: 'REMOVE_ROW', user: { getEmail: () => ADMIN } }));
    expect(integrityAudit(h).map((a) => a.detail)).toEqual([
      `Xóa dòng trong bảng tính (người thực hiện: ${ADMIN}): ${REVIEW_SHEET}, dòng 3 trong bản sao lưu (mã #2): bị xóa – đơn vị XA_CAM_HA, kỳ 2024-Q1.`,
    ]);
  });

  test('a single-cell edit of the review log is put back by the edit guard, like the data sheet\'s', () => {
    const h = season('modules');
    h.as(ADMIN);
    const cell = h.fakes.spreadsheet.sheet(REVIEW_SHEET).getRange(2, col(h, REVIEW_COLUMNS.reason));
    cell.setValue('Đã đủ.');
    h.callRaw('onEditGuard', { ...triggerEvent(h, 'onEditGuard'), range: cell, oldValue: BINH_REASON, value: 'Đã đủ.', user: { getEmail: () => ADMIN } });
    expect(log(h)[1][col(h, REVIEW_COLUMNS.reason) - 1]).toBe(BINH_REASON);
    at(h, '2024-03-19T07:00');
    expect(dailyCheck(h).tampered).toBe(0); // put back exactly: the chain still verifies
  });
});

test('a review log written before it was chained (an upgrade) is sealed at the next transition, not reported', () => {
  const h = makeTrustHarness('modules', new Date('2024-03-10T03:00:00Z'));
  h.call('setup');
  assignEmails(h, OFFICERS);
  at(h, '2024-03-12T09:00');
  for (const unit of ['XA_CAM_BINH', 'XA_CAM_HA'] as const) { h.as(OFFICERS[unit]); expect(submit(h, unit, '2024-Q1')).toMatchObject({ ok: true }); }
  h.as(ADMIN);
  const old = h.env.ss().insertSheet(REVIEW_SHEET); // the previous version's layout: no link column
  old.getRange(1, 1, 2, 7).setValues([Object.values(REVIEW_COLUMNS), [new Date('2024-03-12T03:00:00Z'), ADMIN, 'XA_CAM_HA', '2024-Q1', 1, 'Đã duyệt', '']]);
  review(h, 'XA_CAM_BINH', 'needs_fix', BINH_REASON);
  expect(log(h)[0]).toEqual([...Object.values(REVIEW_COLUMNS), HASH_COLUMN]);
  expect(seqs(h)).toEqual(['1', '2']);
  at(h, '2024-03-13T07:00');
  expect(dailyCheck(h).tampered).toBe(0);
});
