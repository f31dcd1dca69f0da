// The "Tạo báo cáo tổng hợp…" dialog and the sidebar, served through the built bundle.
import { ADMIN, OFFICER, makeHarness } from '../harness';
import { loadBundle } from '../../../src/local/vm/load-bundle';

const NOW = new Date('2024-04-05T02:00:00Z');

test('admins get a period picker defaulting to the latest period past its deadline', () => {
  const h = makeHarness('bundle', NOW, ADMIN);
  h.api.setup();
  const bundle = loadBundle(h.fakes);
  bundle.call('showSummaryDialog');
  const dialog = h.fakes.ui.dialogs[h.fakes.ui.dialogs.length - 1];
  expect(dialog.title).toBe('Tạo báo cáo tổng hợp');
  expect(dialog.content).toContain('<option value="2024-Q1" selected>Quý I/2024 (2024-Q1)</option>');
  expect(dialog.content).toContain('google.script.run');
  expect(dialog.content).toContain('.generateSummary(');
});

test('officers are told the dialog is for admins, and nothing is shown', () => {
  const h = makeHarness('bundle', NOW, ADMIN);
  h.api.setup();
  h.as(OFFICER);
  const bundle = loadBundle(h.fakes);
  expect(() => bundle.call('showSummaryDialog')).toThrow(/quản trị viên/);
  expect(h.fakes.ui.dialogs).toHaveLength(0);
});

test('the sidebar is served from Sidebar.html with a Vietnamese title', () => {
  const h = makeHarness('bundle', NOW, ADMIN);
  loadBundle(h.fakes).call('showSidebar');
  expect(h.fakes.ui.sidebar?.title).toBe('Nộp báo cáo CCHC');
  expect(h.fakes.ui.sidebar?.content).toContain('<html lang="vi">');
});


test('the picker names the June and December reports as the reports do ("Quý II và 6 tháng đầu năm 2024")', () => {
  const h = makeHarness('bundle', new Date('2025-01-05T02:00:00Z'), ADMIN);
  h.api.setup();
  const bundle = loadBundle(h.fakes);
  bundle.call('showSummaryDialog');
  const content = h.fakes.ui.dialogs[h.fakes.ui.dialogs.length - 1].content;
  expect(content).toContain('<option value="2024-H1">Quý II và 6 tháng đầu năm 2024 (2024-H1)</option>');
  expect(content).toContain('<option value="2024-Y" selected>Quý IV và năm 2024 (2024-Y)</option>');
  expect(content).toContain('<option value="2024-Q2">Quý II/2024 (2024-Q2)</option>');
  expect(content).not.toContain('>6 tháng đầu năm 2024');
  // The same words as the report the admin then generates.
  const r = bundle.call('generateSummary', '2024-H1') as { ok: boolean; periodLabel: string };
  expect(r).toMatchObject({ ok: true, periodLabel: 'Quý II và 6 tháng đầu năm 2024' });
});
