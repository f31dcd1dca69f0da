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

