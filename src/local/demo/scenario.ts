// A realistic 2024-Q1 for Cẩm Xuyên (deadline Monday 18/03/2024 23:59:59), played through the
// real entry functions: each officer of a unit that owes the quarter (the communes and TT VH-TT,
// as the dispatch asks) opens the form and submits at their own simulated time; most are on
// time, two are late, three never send, one revises, one has nothing to report; the CCHC
// departments send their monthly information to TT VH-TT, and everyone sent 2023-Q4 in
// December, so the report can compare with the previous quarter.
import { randomBytes } from 'node:crypto';
import type { FormData, SubmitResult } from '../../contract/rpc';
import { DEFAULT_CATALOG } from '../../domain/defaults';
import { unitsOwing } from '../../domain/catalog';
import type { IndicatorValue } from '../../domain/types';
import type { LocalWorkbook } from '../workbook/local-workbook';
import { unitEmail } from '../workbook/people';

export const DEMO_PERIOD = '2024-Q1';
export const DEMO_PREVIOUS = '2023-Q4';
export const DEMO_START = new Date('2023-12-04T08:00:00+07:00');
/** The daily trigger's run that the demo shows: three days after the deadline, at 07:00. */
export const DEMO_CHECK_AT = new Date('2024-03-21T07:00:00+07:00');
export const DEMO_SUMMARY_AT = new Date('2024-03-21T09:00:00+07:00');

export const DEMO_CAST = {
  late: { XA_CAM_BINH: '2024-03-19T16:45:00+07:00', XA_CAM_THACH: '2024-03-20T08:15:00+07:00' } as Record<string, string>,
  missing: ['XA_CAM_DUE', 'XA_CAM_SON', 'XA_YEN_HOA'],
  revised: { unit: 'XA_CAM_HA', first: '2024-03-12T09:30:00+07:00', second: '2024-03-15T14:10:00+07:00' },
  nothingToReport: 'XA_CAM_QUAN',
} as const;

export interface Submission {
  unitCode: string;
  periodId: string;
  at: string;
  by: string;
  result: SubmitResult;
}

/** A deterministic, plausible count per unit and indicator (leaflets and guided citizens in the hundreds). */
export function demoCount(unitIndex: number, code: string, indicatorIndex: number, months = 3): number {
  const base = (unitIndex * (indicatorIndex + 3) + indicatorIndex * 2) % (5 + indicatorIndex);
  if (code === 'TO_ROI') return 150 + base * 40;
  if (code === 'HUONG_DAN_DVC_TRUC_TUYEN') return 420 + base * 35;
  if (code === 'HUONG_DAN_BUU_CHINH') return 90 + base * 12;
  // Trung tâm VH-TT keeps its target of one programme a month.
  if (code === 'CHUONG_TRINH_PTTH') return months;
  return base + 1;
}

/** What a few units write in the qualitative answers (the others leave them empty); `area` is the level above them ('huyện', 'tỉnh'). */
const ANSWERS: Record<string, (unitIndex: number, area: string) => string | null> = {
  KET_QUA_NOI_BAT: (u) => (u % 5 === 2 ? 'Tổ chức hội thi tìm hiểu CCHC và chuyển đổi số cho đoàn viên, thanh niên với hơn 200 người tham gia' : null),
  TON_TAI_HAN_CHE: (u) => (u % 6 === 3 ? 'Kinh phí cho tuyên truyền còn hạn chế; cán bộ phụ trách kiêm nhiệm nên chưa thường xuyên cập nhật tin, bài trên Trang TTĐT' : null),
  DE_XUAT_KIEN_NGHI: (u, area) => (u % 7 === 4 ? `Đề nghị ${area || 'cấp trên'} hỗ trợ kinh phí in tờ rơi, pa nô hướng dẫn sử dụng dịch vụ công trực tuyến` : null),
};

export function valuesFor(form: FormData, unitIndex: number, bump = 0, area = 'huyện'): Record<string, IndicatorValue> {
  const months = form.period.kind === 'month' ? 1 : 3;
  return Object.fromEntries(form.indicators.map((ind, i) => {
    if (ind.type === 'count') return [ind.code, Math.max(0, demoCount(unitIndex, ind.code, i, months) + bump)];
    if (ind.type === 'boolean') return [ind.code, true];
    const answer = ANSWERS[ind.code];
    if (answer) return [ind.code, answer(unitIndex, area)];
    return [ind.code, 'Sân khấu hóa tại nhà văn hóa thôn; pa nô, áp phích tại trụ sở'];
  }));
}

/** On-time moments spread over the last two weeks before the deadline, office hours. */
function onTimeAt(unitIndex: number): string {
  const day = 5 + (unitIndex * 7) % 13; // 05/03 .. 17/03
  const hour = 8 + (unitIndex * 5) % 9; // 08:xx .. 16:xx
  return `2024-03-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:${String((unitIndex * 13) % 60).padStart(2, '0')}:00+07:00`;
}

export function submitAs(wb: LocalWorkbook, unitCode: string, periodId: string, at: string,
  build: (form: FormData) => { values: Record<string, IndicatorValue>; note?: string; nothingToReport?: boolean }): Submission {
  const by = unitEmail(unitCode);
  wb.services.clock.set(new Date(at));
  wb.as(by);
  const form = wb.call<FormData>('getForm', unitCode, periodId);
  const payload = { unitCode, periodId, requestId: randomBytes(16).toString('hex'), ...build(form) };
  let result = wb.call<SubmitResult>('submitReport', payload);
  // A figure far above the unit's history (or the plausible maximum) is asked about; the demo's
  // officers meant their figures, so they confirm them as the form lets them.
  if (!result.ok && result.confirm) {
    const { token, items } = result.confirm;
    result = wb.call<SubmitResult>('submitReport', { ...payload, confirmation: { token, codes: items.map((i) => i.code) } });
  }
  if (!result.ok) throw new Error(`${unitCode} ${periodId}: ${result.errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`);
  return { unitCode, periodId, at, by, result };
}

/** Plays the season into `wb` (already installed) in time order; returns every submission. */
export function playQuarter(wb: LocalWorkbook): Submission[] {
  const units = unitsOwing(DEFAULT_CATALOG, 'quarter');
  const monthly = unitsOwing(DEFAULT_CATALOG, 'month');
  const plan: { at: string; run: () => Submission }[] = [];

  for (const [m, day] of [[1, 12], [2, 9], [3, 13]] as const) {
    monthly.forEach((unit, i) => {
      const at = `2024-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}T${String(9 + i).padStart(2, '0')}:20:00+07:00`;
      plan.push({ at, run: () => submitAs(wb, unit.code, `2024-M${String(m).padStart(2, '0')}`, at, (f) => ({ values: valuesFor(f, i + m) })) });
    });
  }
  units.forEach((unit, i) => {
    const at = `2023-12-${String(5 + (i % 9)).padStart(2, '0')}T${String(8 + (i % 8)).padStart(2, '0')}:30:00+07:00`;
    plan.push({ at, run: () => submitAs(wb, unit.code, DEMO_PREVIOUS, at, (f) => ({ values: valuesFor(f, i, -(i % 4)) })) });
  });
  units.forEach((unit, i) => {
    const code = unit.code;
    if ((DEMO_CAST.missing as readonly string[]).includes(code)) return;
    if (code === DEMO_CAST.nothingToReport) {
      const at = onTimeAt(i);
      plan.push({ at, run: () => submitAs(wb, code, DEMO_PERIOD, at, () => ({ values: {}, nothingToReport: true, note: 'Trong quý xã không tổ chức hoạt động tuyên truyền CCHC riêng.' })) });
      return;
    }
    if (code === DEMO_CAST.revised.unit) {
      const { first, second } = DEMO_CAST.revised;
      plan.push({ at: first, run: () => submitAs(wb, code, DEMO_PERIOD, first, (f) => ({ values: valuesFor(f, i) })) });
      plan.push({ at: second, run: () => submitAs(wb, code, DEMO_PERIOD, second, (f) => ({ values: valuesFor(f, i, 2), note: 'Bổ sung số liệu tờ rơi và tin bài cuối tháng 3.' })) });
      return;
    }
    const at = DEMO_CAST.late[code] ?? onTimeAt(i);
    plan.push({ at, run: () => submitAs(wb, code, DEMO_PERIOD, at, (f) => ({ values: valuesFor(f, i) })) });
  });

  return plan.sort((a, b) => Date.parse(a.at) - Date.parse(b.at)).map((p) => p.run());
}
