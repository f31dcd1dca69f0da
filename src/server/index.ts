// Apps Script entry points. Every name exported here and listed in entries.json becomes a
// top-level function in dist/Code.js (see build.mjs). Keep them thin: build the Env, call a
// use case, return plain JSON.
import type { FormData, SidebarData, SubmitResult } from '../contract/rpc';
import { getForm as getFormUseCase, getSidebarData as getSidebarDataUseCase } from './api/sidebar-data';
import { submitReport as submitReportUseCase } from './api/submit';
import { buildMenu, showSidebar as showSidebarUseCase } from './menu';
import { run } from './run';
import { type SetupResult, runSetup, setupMessage } from './setup/setup';

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
