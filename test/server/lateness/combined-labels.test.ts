// The daily check with the dispatch's duties (communes owe quarters; the June and December
// reports cover 6 months and the year): the reminder, the admins' digest, the menu's summary and
// the status sheet say "Quý II và 6 tháng đầu năm 2024", through the modules and the bundle. An
// office that has its groups file 6 months separately keeps "Quý II/2024" beside "6 tháng đầu năm 2024".
import { FLAVOURS, ADMIN, at, makeLatenessHarness, setEmails, submitCommune, type LatenessHarness } from './harness';
import { SHEETS } from '../../../src/server/sheets/names';
import { checkMessage } from '../../../src/server/lateness/entries';

const EMAILS = { XA_CAM_BINH: 'cambinh@xa.vn', XA_CAM_DUE: 'camdue@xa.vn' };

function ready(flavour: (typeof FLAVOURS)[number], groups: 'defaults' | 'separate'): LatenessHarness {
  const h = makeLatenessHarness(flavour, new Date('2024-06-01T08:00:00+07:00'), ADMIN, { groups });
  h.setup();
  setEmails(h, EMAILS);
  return h;
}

const header = (h: LatenessHarness): string[] => h.fakes.spreadsheet.values(SHEETS.status)[0] as string[];
const mailTo = (h: LatenessHarness, to: string) => h.fakes.outbox.filter((m) => m.to.includes(to));

describe.each(FLAVOURS)('combined period labels in the daily check (%s)', (flavour) => {
  test('dispatch duties: June reminder, digest, menu summary and status sheet say "Quý II và 6 tháng đầu năm 2024"', () => {
    const h = ready(flavour, 'defaults');
    at(h, '2024-06-15T07:00');
    h.check();
    const soon = mailTo(h, 'cambinh@xa.vn');
    expect(soon.map((m) => m.subject)).toEqual(['[Báo cáo CCHC] UBND xã Cẩm Bình: báo cáo Quý II và 6 tháng đầu năm 2024 hạn nộp 17/06/2024']);
    expect(soon[0].body).toContain('- Báo cáo Quý II và 6 tháng đầu năm 2024: hạn nộp 17/06/2024 23:59');
    expect(header(h)).toEqual(expect.arrayContaining(['Quý I/2024', 'Quý II và 6 tháng đầu năm 2024', 'Quý IV và năm 2024']));
    expect(header(h)).not.toContain('Quý II/2024');
    expect(header(h)).not.toContain('6 tháng đầu năm 2024');

    submitCommune(h, 'XA_CAM_BINH', '2024-Q2');
    at(h, '2024-06-19T07:00');
    const r = h.check();
    const digest = h.fakes.outbox.filter((m) => m.to.includes(ADMIN) && m.subject.includes('Đơn vị chậm nộp')).pop();
    expect(digest?.body).toMatch(/Quý II và 6 tháng đầu năm 2024 – hạn nộp 17\/06\/2024 23:59:\n {2}Quá hạn, chưa nộp \(\d+\): .*UBND xã Cẩm Duệ \(XA_CAM_DUE\)/);
    expect(digest?.body).not.toContain('Quý II/2024');
    expect(mailTo(h, 'camdue@xa.vn').pop()?.subject).toBe('[Báo cáo CCHC] UBND xã Cẩm Duệ: báo cáo Quý II và 6 tháng đầu năm 2024 đã quá hạn, chưa nộp');
    expect(r.periods.find((p) => p.periodId === '2024-Q2')?.label).toBe('Quý II và 6 tháng đầu năm 2024');
    expect(checkMessage(r)).toContain('• Quý II và 6 tháng đầu năm 2024: ');
    const values = h.fakes.spreadsheet.values(SHEETS.status);
    const col = header(h).indexOf('Quý II và 6 tháng đầu năm 2024');
    const row = values.findIndex((x) => x[0] === 'XA_CAM_BINH');
    expect(h.fakes.spreadsheet.sheet(SHEETS.status).getRange(row + 1, col + 1).getNote().split('\n')[0]).toBe('UBND xã Cẩm Bình – Quý II và 6 tháng đầu năm 2024');
  });

  test('separate 6-month reports: "Quý II/2024" and "6 tháng đầu năm 2024", each its own reminder line', () => {
    const h = ready(flavour, 'separate');
    at(h, '2024-06-15T07:00');
    h.check();
    const [mail] = mailTo(h, 'cambinh@xa.vn');
    expect(mail.body).toContain('- Báo cáo Quý II/2024: hạn nộp 17/06/2024 23:59');
    expect(mail.body).toContain('- Báo cáo 6 tháng đầu năm 2024: hạn nộp 17/06/2024 23:59');
    expect(mail.body).not.toContain('Quý II và');
    expect(header(h)).toEqual(expect.arrayContaining(['Quý II/2024', '6 tháng đầu năm 2024']));
    expect(header(h).some((x) => x.includes(' và '))).toBe(false);
  });
});
