// The custom menu. Simple onOpen runs without authorisation, so it only builds the menu.
import type { Env } from './env';
import { TAKE_OVER_CAPTION } from './setup/trigger-owner';

export const MENU_TITLE = 'Báo cáo CCHC';

/** caption → top-level function name; null = separator. Every name must be in entries.json. */
export const MENU_ITEMS: ([string, string] | null)[] = [
  ['Nộp báo cáo…', 'showSidebar'],
  ['Xem xét báo cáo…', 'showReviewDialog'],
  ['Tạo báo cáo tổng hợp…', 'showSummaryDialog'],
  ['Kiểm tra đơn vị chậm nộp', 'checkLatenessFromMenu'],
  ['Khôi phục dữ liệu…', 'restoreData'],
  null,
  ['Cài đặt…', 'setup'],
  [TAKE_OVER_CAPTION, 'takeOverTriggers'],
];

export function buildMenu(ui: GoogleAppsScript.Base.Ui): void {
  const menu = ui.createMenu(MENU_TITLE);
  for (const item of MENU_ITEMS) {
    if (item) menu.addItem(item[0], item[1]);
    else menu.addSeparator();
  }
  menu.addToUi();
}

export const SIDEBAR_TITLE = 'Nộp báo cáo CCHC';

export function showSidebar(env: Env): void {
  const html = env.g.HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(SIDEBAR_TITLE);
  env.g.SpreadsheetApp.getUi().showSidebar(html);
}
