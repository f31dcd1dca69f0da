// The receiving unit's view: how a group's "Gửi báo cáo cho" resolves to units, and what the
// CCHC departments sent Trung tâm VH-TT for a month. Duties quoted from the dispatch's text.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  groupInReport, groupsSendingTo, nameKey, receiversOf, receivingUnits, receivingUnitsFor, reportKinds, validateCatalog,
} from '../../src/domain/catalog';
import { DEFAULT_CATALOG, DEFAULT_SETTINGS } from '../../src/domain/defaults';
import { DEFAULT_CALENDAR } from '../../src/domain/calendar-defaults';
import { buildIncoming, defaultIncomingPeriod, incomingPeriods, type IncomingInput } from '../../src/domain/incoming';
import { parsePeriodId } from '../../src/domain/periods';
import { buildSummary } from '../../src/domain/summary';
import { buildReportModel } from '../../src/domain/report';
import type { Catalog, SubmissionRecord, UnitGroup } from '../../src/domain/types';

const DISPATCH = readFileSync(path.join(__dirname, '../fixtures/dispatch-000_59bebc6227ea1fb6.txt'), 'utf8').normalize('NFC').replace(/\s+/g, ' ');
const CENTRE_EMAIL = 'vanthu.ttvhtt@camxuyen.gov.vn';

function catalogWith(edit: (c: Catalog) => void): Catalog {
  const c: Catalog = JSON.parse(JSON.stringify(DEFAULT_CATALOG));
  edit(c);
  return c;
}
const group = (c: Catalog, code: string): UnitGroup => c.groups.find((g) => g.code === code)!;
const withCentreEmail = catalogWith((c) => { c.units.find((u) => u.code === 'TTVHTT')!.emails = [CENTRE_EMAIL]; });

let seq = 0;
function record(unitCode: string, periodId: string, at: string, values: SubmissionRecord['values'], over: Partial<SubmissionRecord> = {}): SubmissionRecord {
  seq++;
  return {
    id: `r${seq}`, requestId: `q${seq}`, unitCode, periodId, revision: 1, submittedAt: new Date(at), submittedBy: `${unitCode.toLowerCase()}@camxuyen.gov.vn`,
    timeliness: 'on_time', values, note: '', nothingToReport: false, evidenceUrl: '', ...over,
  };
}

/** March 2024 (due Monday 18/03/2024 23:59:59): Nội vụ on time then revised, Tư pháp nothing yet. */
const MARCH: SubmissionRecord[] = [
  record('P_NOI_VU', '2024-M03', '2024-03-12T09:20:00+07:00', { TIN_CUNG_CAP_TTVHTT: 4, KET_QUA_NOI_BAT: null }),
  record('P_NOI_VU', '2024-M03', '2024-03-14T15:05:00+07:00', {
    TIN_CUNG_CAP_TTVHTT: 6, KET_QUA_NOI_BAT: 'Cung cấp 6 tin về thủ tục liên thông khai sinh, thường trú', TON_TAI_HAN_CHE: '', DE_XUAT_KIEN_NGHI: null,
  }, { revision: 2, note: 'Kèm ảnh hội nghị giao ban.' }),
  record('XA_CAM_BINH', '2024-Q1', '2024-03-12T09:20:00+07:00', { LOP_TAP_HUAN: 2 }),
];

function input(over: Partial<IncomingInput> = {}): IncomingInput {
  const receivers = receivingUnitsFor(withCentreEmail, CENTRE_EMAIL, false);
  return {
    catalog: withCentreEmail, calendar: DEFAULT_CALENDAR, dueSoonDays: 3, receivers, period: parsePeriodId('2024-M03')!,
    periods: [], records: MARCH, now: new Date('2024-03-20T08:00:00+07:00'), ...over,
  };
}

describe('"Gửi báo cáo cho" resolves to the receiving units', () => {
  it('the default PHONG_CM names Trung tâm Văn hóa - Truyền thông: the centre is its only receiver', () => {
    expect(receiversOf(DEFAULT_CATALOG, group(DEFAULT_CATALOG, 'PHONG_CM')).map((u) => u.code)).toEqual(['TTVHTT']);
    expect(receivingUnits(DEFAULT_CATALOG).map((u) => u.code)).toEqual(['TTVHTT']);
    expect(groupsSendingTo(DEFAULT_CATALOG, ['TTVHTT']).map((g) => g.code)).toEqual(['PHONG_CM']);
    expect(receiversOf(DEFAULT_CATALOG, group(DEFAULT_CATALOG, 'XA'))).toEqual([]); // to the office
    expect(validateCatalog(DEFAULT_CATALOG)).toEqual([]);
  });

  it.each([
    ['decomposed (NFD), upper case, odd spacing and an en dash', ' TRUNG TÂM VĂN HÓA – TRUYỀN  THÔNG '.normalize('NFD')],
    ['the unit code', 'ttvhtt'],
  ])('matches %s', (_what, written) => {
    const c = catalogWith((x) => { group(x, 'PHONG_CM').reportsTo = written; });
    expect(receiversOf(c, group(c, 'PHONG_CM')).map((u) => u.code)).toEqual(['TTVHTT']);
    expect(validateCatalog(c)).toEqual([]);
  });

  it('a group name gives every active unit of that group; a unit name gives that unit', () => {
    const c = catalogWith((x) => {
      x.groups.push({ code: 'BAO', name: 'Cơ quan báo chí', periodKinds: [], order: 9 });
      x.units.push({ code: 'BAO_HT', name: 'Báo Hà Tĩnh', group: 'BAO', emails: [], active: true },
        { code: 'DAI_HT', name: 'Đài PT-TH Hà Tĩnh', group: 'BAO', emails: [], active: true },
        { code: 'BAO_CU', name: 'Báo cũ', group: 'BAO', emails: [], active: false });
      group(x, 'PHONG_CM').reportsTo = 'cơ quan báo chí';
      group(x, 'PHONG').reportsTo = 'Phòng Nội vụ';
      group(x, 'PHONG').periodKinds = ['month'];
    });
    expect(receiversOf(c, group(c, 'PHONG_CM')).map((u) => u.code)).toEqual(['BAO_HT', 'DAI_HT']);
    expect(receiversOf(c, group(c, 'PHONG')).map((u) => u.code)).toEqual(['P_NOI_VU']);
    expect(validateCatalog(c)).toEqual([]);
    expect(nameKey('Trung tâm Văn hoá-Truyền thông')).toBe('trung tâm văn hoá - truyền thông');
  });

  it('a name that matches nothing is a clear Vietnamese problem, and the group sends to nobody', () => {
    const c = catalogWith((x) => { group(x, 'PHONG_CM').reportsTo = 'Trung tâm Truyền hình tỉnh'; });
    expect(validateCatalog(c)).toEqual([
      'Nhóm đơn vị "PHONG_CM" ghi gửi báo cáo cho "Trung tâm Truyền hình tỉnh", nhưng không có nhóm đơn vị hay đơn vị nào có tên hoặc mã này: sửa cột "Gửi báo cáo cho" trong trang "Nhóm đơn vị" (ghi đúng tên hoặc mã của đơn vị nhận, để trống nếu gửi cơ quan tổng hợp).',
    ]);
    expect(receivingUnits(c)).toEqual([]);
    expect(groupInReport(group(c, 'PHONG_CM'), 'month')).toBe(false); // still not in the office's report
  });

  it('an inactive receiver and a group sending to itself are problems too', () => {
    const inactive = catalogWith((x) => { x.units.find((u) => u.code === 'TTVHTT')!.active = false; });
    expect(validateCatalog(inactive)).toEqual([
      'Nhóm đơn vị "PHONG_CM" ghi gửi báo cáo cho "Trung tâm Văn hóa - Truyền thông", nhưng đơn vị nhận không còn hoạt động (cột "Đang hoạt động" trong trang "Đơn vị").',
    ]);
    const self = catalogWith((x) => { group(x, 'PHONG_CM').reportsTo = 'Phòng Tư pháp'; });
    expect(validateCatalog(self)).toEqual(['Nhóm đơn vị "PHONG_CM" không thể gửi báo cáo cho chính nhóm mình.']);
  });

  it('only the centre\'s own accounts and admins read it', () => {
    expect(receivingUnitsFor(withCentreEmail, ` ${CENTRE_EMAIL.toUpperCase()} `, false).map((u) => u.code)).toEqual(['TTVHTT']);
    expect(receivingUnitsFor(withCentreEmail, 'vanthu.cambinh@camxuyen.gov.vn', false)).toEqual([]);
    expect(receivingUnitsFor(withCentreEmail, '', false)).toEqual([]);
    expect(receivingUnitsFor(withCentreEmail, 'vhtt@camxuyen.gov.vn', true).map((u) => u.code)).toEqual(['TTVHTT']);
  });
});

describe('what the CCHC departments sent the centre for a month', () => {
  it('each department with its state, deadline, latest revision, figures with units, answers and note', () => {
    const view = buildIncoming(input());
    expect(view.receivers).toEqual([{ code: 'TTVHTT', name: 'Trung tâm Văn hóa - Truyền thông' }]);
    expect(view.period).toEqual({ id: '2024-M03', label: 'Tháng 3/2024' });
    expect(view.rows.map((r) => [r.unitName, r.stateLabel, r.stateDetail, r.deadlineText])).toEqual([
      ['Phòng Nội vụ', 'Đúng hạn', '', '18/03/2024'],
      ['Phòng Tư pháp', 'Chưa gửi', 'quá hạn 2 ngày', '18/03/2024'],
    ]);
    expect(view.counts).toEqual({ on_time: 1, late: 0, missing: 1, not_due: 0 });
    const noiVu = view.rows[0];
    expect(noiVu).toMatchObject({ groupName: 'Phòng chuyên môn phụ trách nội dung CCHC', receivers: ['Trung tâm Văn hóa - Truyền thông'] });
    expect(noiVu.latest).toEqual({
      revision: 2, submittedAt: new Date('2024-03-14T15:05:00+07:00').toISOString(), submittedAtText: '14/03/2024 15:05',
      submittedBy: 'p_noi_vu@camxuyen.gov.vn', nothingToReport: false, note: 'Kèm ảnh hội nghị giao ban.',
      figures: [{
        code: 'TIN_CUNG_CAP_TTVHTT', label: 'Số tin, bài, nội dung tuyên truyền CCHC cung cấp cho Trung tâm Văn hóa - Truyền thông',
        type: 'count', value: 6, unitOfMeasure: 'tin, bài', text: '6 tin, bài',
      }],
      answers: [{ code: 'KET_QUA_NOI_BAT', label: 'Kết quả nổi bật', text: 'Cung cấp 6 tin về thủ tục liên thông khai sinh, thường trú' }],
    });
    expect(view.rows[1].latest).toBeNull();
    // The communes' quarterly report is none of the centre's business.
    expect(JSON.stringify(view)).not.toContain('XA_CAM_BINH');
  });

  it('late, not yet due, "không phát sinh" and an extension', () => {
    const cal = { ...DEFAULT_CALENDAR, extensions: [{ unitCode: 'P_TU_PHAP', periodId: '2024-M03', deadline: '2024-03-25' }] };
    const records = [
      record('P_NOI_VU', '2024-M03', '2024-03-19T08:10:00+07:00', { TIN_CUNG_CAP_TTVHTT: 0 }, { nothingToReport: true, note: 'Tháng này không có thông tin mới.' }),
    ];
    const late = buildIncoming(input({ calendar: cal, records }));
    expect(late.rows.map((r) => [r.unitCode, r.state, r.stateLabel, r.stateDetail, r.deadlineText])).toEqual([
      ['P_NOI_VU', 'late', 'Trễ hạn', 'trễ 1 ngày', '18/03/2024'],
      ['P_TU_PHAP', 'not_due', 'Chưa đến hạn', 'còn 5 ngày', '25/03/2024'],
    ]);
    expect(late.rows[0].latest).toMatchObject({ nothingToReport: true, note: 'Tháng này không có thông tin mới.', answers: [] });
    expect(late.rows[0].latest!.figures.map((f) => f.text)).toEqual(['0 tin, bài']);
    const early = buildIncoming(input({ records: [], now: new Date('2024-03-05T08:00:00+07:00') }));
    expect(early.rows.map((r) => r.stateLabel)).toEqual(['Chưa đến hạn', 'Chưa đến hạn']);
    expect(early.counts).toEqual({ on_time: 0, late: 0, missing: 0, not_due: 2 });
  });

  it('the month picker: opened months, most recent first; default the latest with a passed or near deadline', () => {
    const receivers = receivingUnits(DEFAULT_CATALOG);
    const at = (iso: string) => {
      const now = new Date(iso);
      const periods = incomingPeriods(DEFAULT_CATALOG, receivers, now);
      return { ids: periods.slice(0, 3).map((p) => p.id), count: periods.length, chosen: defaultIncomingPeriod(periods, DEFAULT_CALENDAR, 3, now)?.id };
    };
    expect(at('2024-03-10T09:00:00+07:00')).toEqual({ ids: ['2024-M03', '2024-M02', '2024-M01'], count: 15, chosen: '2024-M02' });
    expect(at('2024-03-16T09:00:00+07:00').chosen).toBe('2024-M03'); // due Monday 18/03: near
    expect(at('2024-03-01T00:00:00+07:00').ids[0]).toBe('2024-M03'); // March opens on its first day
  });
});

describe('duties from the dispatch', () => {
  const line = 'định kỳ hàng tháng cung cấp các thông tin, nội dung tuyên truyền về CCHC cho Trung tâm VH - TT huyện phục vụ công tác tuyên truyền';
  it(`"${line}": the centre sees each department's month; it is not part of Phòng VH-TT's report`, () => {
    expect(DISPATCH.includes(line)).toBe(true);
    // Shown to the centre: both CCHC departments, month by month.
    expect(buildIncoming(input()).rows.map((r) => r.unitCode)).toEqual(['P_NOI_VU', 'P_TU_PHAP']);
    // Not in the office's report: no monthly report exists, and the quarter's report names neither department nor its figure.
    expect(reportKinds(DEFAULT_CATALOG)).toEqual(['quarter', 'half', 'year']);
    const now = new Date('2024-04-05T09:00:00+07:00');
    const months = ['2024-M01', '2024-M02', '2024-M03'].flatMap((m) => ['P_NOI_VU', 'P_TU_PHAP']
      .map((u) => record(u, m, `${m.slice(0, 4)}-0${m.slice(-1)}-10T09:00:00+07:00`, { TIN_CUNG_CAP_TTVHTT: 5, KET_QUA_NOI_BAT: 'Thông tin gửi Trung tâm' })));
    const summary = buildSummary({ catalog: DEFAULT_CATALOG, calendar: DEFAULT_CALENDAR, period: parsePeriodId('2024-Q1')!, now, dueSoonDays: 3, submissions: [...MARCH, ...months] });
    const doc = buildReportModel({ summary, previous: null, settings: DEFAULT_SETTINGS, catalog: DEFAULT_CATALOG, issuedAt: now });
    // Its body (the "Nơi nhận" list may well name Phòng Nội vụ as a recipient of the report).
    const text = JSON.stringify({ summary, body: doc.body });
    for (const absent of ['P_NOI_VU', 'P_TU_PHAP', 'Phòng Nội vụ', 'Phòng Tư pháp', 'TIN_CUNG_CAP_TTVHTT', 'cung cấp cho Trung tâm', 'Thông tin gửi Trung tâm']) {
      expect([absent, text.includes(absent)]).toEqual([absent, false]);
    }
    expect(text).toContain('UBND xã Cẩm Bình'); // the report itself is there
  });
});
