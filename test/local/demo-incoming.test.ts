// The demo's rendering of the centre's view: the real getIncomingReports (dist/Code.js in node:vm),
// called as Trung tâm VH-TT's officer, written to a text file with each department's state and figures.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeIncomingView } from '../../src/local/demo/incoming-view';
import { submitAs, valuesFor } from '../../src/local/demo/scenario';
import { LocalWorkbook } from '../../src/local/workbook/local-workbook';
import { ADMIN } from '../../src/local/workbook/people';

let dir: string;
beforeAll(() => { dir = mkdtempSync(path.join(os.tmpdir(), 'cchc-incoming-')); });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('February 2024 as the centre sees it: Nội vụ on time with its figure, Tư pháp not sent', () => {
  const wb = new LocalWorkbook({ now: new Date('2024-02-01T08:00:00+07:00'), pdf: 'stand-in' });
  wb.install();
  submitAs(wb, 'P_NOI_VU', '2024-M02', '2024-02-14T09:00:00+07:00', (f) => ({ values: valuesFor(f, 1), note: 'Gửi kèm 2 bài viết.' }));
  wb.services.clock.set(new Date('2024-02-20T08:00:00+07:00'));
  wb.as(ADMIN);
  const out = writeIncomingView(wb, dir)!;
  expect(wb.user).toBe(ADMIN); // the viewer is put back
  expect(path.basename(out.file)).toBe('thong-tin-nhan-duoc-2024-M02.txt');
  const text = readFileSync(out.file, 'utf8');
  expect(text).toBe(out.text);
  expect(text).toContain('Thông tin gửi Trung tâm Văn hóa - Truyền thông — Tháng 2/2024');
  expect(text).toContain('2 đơn vị: 1 đúng hạn, 0 trễ hạn, 1 chưa gửi, 0 chưa đến hạn.');
  expect(text).toMatch(/Phòng Nội vụ {3}Đúng hạn +16\/02\/2024 {2}1 +14\/02\/2024 09:00/);
  expect(text).toMatch(/Phòng Tư pháp {2}Chưa gửi \(quá hạn 4 ngày\) {2}16\/02\/2024/);
  const figure = out.view.rows[0].latest!.figures[0];
  expect(text).toContain(`  - ${figure.label}: ${figure.text}`);
  expect(figure.text).toMatch(/^\d+ tin, bài$/);
  expect(text).toContain('  - Ghi chú: Gửi kèm 2 bài viết.');
});
