// Apps Script entry points. Every name exported here and listed in entries.json becomes a
// top-level function in dist/Code.js (see build.mjs). Keep them thin: build the Env, call a
// use case, return plain JSON.
import type { FormData, SidebarData, SubmitResult } from '../contract/rpc';
import { getForm as getFormUseCase, getSidebarData as getSidebarDataUseCase } from './api/sidebar-data';
import { submitReport as submitReportUseCase } from './api/submit';
import { buildMenu, showSidebar as showSidebarUseCase } from './menu';
import { run } from './run';
import { type ChangeEvent, changeGuard } from './config/change-guard';
import { type GenerateSummaryResult, generateSummary as generateSummaryUseCase } from './api/generate-summary';
import { showSummaryDialog as showSummaryDialogUseCase } from './api/summary-dialog';
import { type SetupResult, runSetup, setupMessage } from './setup/setup';
import type { LatenessCheckResult } from './lateness/check';
import { editGuard, menuCheck, scheduledCheck } from './lateness/entries';
import { type RestoreResult, restoreData as restoreDataUseCase } from './integrity/restore';

/** Simple trigger: builds the menu only (no authorisation available here). */
export function onOpen(): void {
  buildMenu(SpreadsheetApp.getUi());
}

export function setup(): SetupResult {
  return run((env) => {
    const result = runSetup(env);
    env.ss().toast(setupMessage(result), 'Cài đặt Báo cáo CCHC', 10);
    return result;
  });
}

/** Menu "Nhận chạy trigger tự động": this admin's account runs the project's triggers from now on. */
export function takeOverTriggers(): SetupResult {
  return run((env) => {
    const result = runSetup(env, { takeOverTriggers: true });
    env.ss().toast(setupMessage(result), 'Cài đặt Báo cáo CCHC', 10);
    return result;
  });
}

export function showSidebar(): void {
  run((env) => showSidebarUseCase(env));
}

export function getSidebarData(): SidebarData {
  return run((env) => getSidebarDataUseCase(env));
}

export function getForm(unitCode: string, periodId: string): FormData {
  return run((env) => getFormUseCase(env, unitCode, periodId));
}

export function submitReport(payload: unknown): SubmitResult {
  return run((env) => submitReportUseCase(env, payload));
}

/** Admins: summary sheet + report Doc + PDF for a period (default: the latest past its deadline). */
export function generateSummary(periodId?: string): GenerateSummaryResult {
  return run((env) => generateSummaryUseCase(env, periodId));
}

export function showSummaryDialog(): void {
  run((env) => showSummaryDialogUseCase(env));
}

/** Daily time-driven trigger (installed by setup): status sheet, reminders, digest. */
export function checkLateness(e?: unknown): LatenessCheckResult {
  return run((env) => scheduledCheck(env, e));
}

/** Menu "Kiểm tra đơn vị chậm nộp" (admins): the same check, then a short summary. */
export function checkLatenessFromMenu(): LatenessCheckResult {
  return run((env) => menuCheck(env));
}

/** Installable on-edit trigger (installed by setup): guards the data sheets, drops the config cache. */
export function onEditGuard(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  run((env) => editGuard(env, e));
}

/** Installable onChange trigger: structural changes drop the cached configuration. */
export function onChangeGuard(e: ChangeEvent): void {
  run((env) => changeGuard(env, e));
}

/** Menu "Khôi phục dữ liệu…" (admins): what differs from the last good snapshot, then restore it. */
export function restoreData(): RestoreResult {
  return run((env) => restoreDataUseCase(env));
}
// The office's review (issue 14): dashboard dialog, its data calls and the review transitions (admins).
export { showReviewDialog, getReviewDashboard, getReviewDetail, reviewReport } from './review/entries';
// Information other units send to a receiving unit (e.g. the CCHC departments to Trung tâm VH-TT).
export { getIncomingReports } from './api/incoming-entry';
