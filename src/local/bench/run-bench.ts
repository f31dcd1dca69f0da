// The benchmark at one scale: the four entry functions through the real dist/Code.js, then the
// summary write alone, batched (the real writer) against cell by cell (naive-summary.ts).
import { randomBytes } from 'node:crypto';
import type { FormData, SidebarData } from '../../contract/rpc';
import { parsePeriodId } from '../../domain/periods';
import { buildSummary } from '../../domain/summary';
import { DEFAULT_CALENDAR } from '../../domain/calendar-defaults';
import { DEFAULT_SETTINGS } from '../../domain/defaults';
import { createEnv, type AppsScriptGlobals } from '../../server/env';
import { readDataSheet } from '../../server/storage/submissions';
import { writeSummarySheet } from '../../server/summary/write-summary-sheet';
import { ADMIN, OFFICER, OFFICER_UNIT } from '../workbook/people';
import { buildBenchWorld } from './bench-world';
import { type Cost, type Measured, measure, measureOp } from './measure';
import { writeSummaryNaively } from './naive-summary';
import { SheetTracer } from './sheet-tracer';

export const SUMMARY_PERIOD = '2024-Q4';

export interface ScaleResult {
  units: number;
  dataRows: number;
  ops: Measured[];
  summaryWrite: { batched: Cost; naive: Cost; cells: number };
}

export function benchScale(units: number, runs = 3): ScaleResult {
  const { wb, catalog, records } = buildBenchWorld(units);
  const s = wb.services;
  const tracer = new SheetTracer(s);
  tracer.install(wb.bundle.context);
  const ok = <T extends { ok?: boolean }>(fn: string, r: T): T => {
    if (r.ok === false) throw new Error(`${fn}: ${JSON.stringify(r)}`);
    return r;
  };

  wb.as(OFFICER);
  const sidebar = wb.call<SidebarData>('getSidebarData');
  const period = sidebar.periods[0];
  if (!period) throw new Error('the officer has no open period to submit');
  const form = wb.call<FormData>('getForm', OFFICER_UNIT, period.id);
  const values = Object.fromEntries(form.indicators.map((i) => [i.code, i.type === 'count' ? 4 : i.type === 'boolean' ? true : 'Pa nô']));

  const ops: Measured[] = [
    measureOp(s, tracer, 'getSidebarData', () => { wb.as(OFFICER).call('getSidebarData'); }, runs),
    measureOp(s, tracer, 'submitReport', () => {
      ok('submitReport', wb.as(OFFICER).call<{ ok: boolean }>('submitReport', { unitCode: OFFICER_UNIT, periodId: period.id, values, requestId: randomBytes(16).toString('hex') }));
    }, runs),
    measureOp(s, tracer, 'checkLateness', () => {
      const [run] = wb.runClockTriggers().filter((r) => r.handler === 'checkLateness');
      if (!run?.ok) throw new Error(`checkLateness: ${run?.error ?? 'no daily trigger installed'}`);
    }, runs),
    measureOp(s, tracer, 'generateSummary', () => { ok('generateSummary', wb.as(ADMIN).call<{ ok: boolean }>('generateSummary', SUMMARY_PERIOD)); }, runs),
  ];

  // The summary write alone, from Node with the same counting fakes.
  const env = createEnv(s.globals as unknown as AppsScriptGlobals, () => s.clock.now());
  const model = buildSummary({
    catalog, calendar: DEFAULT_CALENDAR, period: parsePeriodId(SUMMARY_PERIOD)!, now: s.clock.now(), dueSoonDays: 3,
    submissions: readDataSheet(env).records,
  });
  const ss = s.globals.SpreadsheetApp.getActiveSpreadsheet() as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  let cells = 0;
  const batched = measure(s, tracer, () => { const r = writeSummarySheet(ss, model, DEFAULT_SETTINGS.areaName); cells = r.rows * r.columns; });
  const naive = measure(s, tracer, () => writeSummaryNaively(ss, model, 'TH naive'));
  return { units: catalog.units.length, dataRows: records, ops, summaryWrite: { batched, naive, cells } };
}
