// Apps Script entry points. Every name exported here and listed in entries.json becomes a
// top-level function in dist/Code.js (see build.mjs).
export function onOpen(): void {
  SpreadsheetApp.getUi().createMenu('Báo cáo CCHC').addToUi();
}
