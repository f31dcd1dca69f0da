// The June and December 2024 seasons, after a whole 2023, for either preset: the units that owe a
// quarter (communes and the media centre) file one report a quarter; the June report is
// "Quý II và 6 tháng đầu năm", the December one "Quý IV và năm", and their 6-month and year
// figures are the sums of the quarters. One commune never sent Q1 2024 (its 6-month figures are
// "thiếu số liệu"), one commune misses Q2, the media centre sends Q2 only after the June report
// (its group has no reporter in June), one commune is late in June, one revises in December. The preset is
// picked at setup from DEMO_PRESET (or --preset): "cam-xuyen-2024" (default) or "tinh-2025".
import { unitsOwing } from '../../domain/catalog';
import { PRESETS, type Preset, presetFromAnswer } from '../../domain/presets';
import { lastMonthOf, makePeriod } from '../../domain/periods';
import { readConfigFromSheets } from '../../server/config/load-config';
import { createEnv, type AppsScriptGlobals } from '../../server/env';
import type { Catalog, Unit } from '../../domain/types';
import { LocalWorkbook } from '../workbook/local-workbook';
import { ADMIN } from '../workbook/people';
import { buildLocalReport, type LocalReport } from '../workbook/local-report';
import { type Submission, submitAs, valuesFor } from './scenario';
import type { SummaryResult } from './run-demo';

export const SEASON_START = new Date('2023-02-20T08:00:00+07:00');
export const JUNE_REPORT_AT = new Date('2024-06-20T09:00:00+07:00');
export const DECEMBER_REPORT_AT = new Date('2024-12-20T09:00:00+07:00');
export const SIGNER = 'Nguyễn Văn An';
const CENTRE_LATE_Q2 = '2024-07-08T09:00:00+07:00';

/** The preset named by `--preset X` or DEMO_PRESET (an id, a label or its number); the default otherwise. */
export function demoPreset(argv: string[] = process.argv, env: NodeJS.ProcessEnv = process.env): Preset {
  const i = argv.indexOf('--preset');
  const asked = i >= 0 ? argv[i + 1] ?? '' : env.DEMO_PRESET ?? '';
  if (asked.trim() === '') return PRESETS[0];
  const preset = presetFromAnswer(asked);
  if (!preset) throw new Error(`Không có bộ cấu hình "${asked}" (dùng: ${PRESETS.map((p) => p.id).join(', ')}).`);
  return preset;
}

/** Who does what, by position among the units owing a quarter (codes differ between presets). */
export interface SeasonCast {
  missingQ1: string; missingQ2: string; lateQ2: string; revisedQ4: string;
  /** The media centre misses Q2 too, so its group has no reporter in June. */
  centre: string | null;
}

export interface SeasonsResult {
  wb: LocalWorkbook;
  preset: Preset;
  catalog: Catalog;
  cast: SeasonCast;
  submissions: Submission[];
  june: SeasonReport;
  december: SeasonReport;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function onTime(year: number, quarter: number, unitIndex: number): string {
  const { month } = lastMonthOf(makePeriod('quarter', year, quarter));
  return `${year}-${pad(month)}-${pad(5 + (unitIndex % 9))}T${pad(8 + (unitIndex % 8))}:${pad((unitIndex * 7) % 60)}:00+07:00`;
}

function castOf(units: Unit[]): SeasonCast {
  const communes = units.filter((u) => u.group === units[0].group);
  const pick = (i: number): string => communes[Math.min(i, communes.length - 1)].code;
  const centre = units.find((u) => u.group !== units[0].group)?.code ?? null;
  return { missingQ1: pick(3), missingQ2: pick(4), lateQ2: pick(2), revisedQ4: pick(5), centre };
}

/** What generateSummary returned for a season, and the same report rebuilt from the sheets. */
export interface SeasonReport { summary: SummaryResult; report: LocalReport }

/**
 * Setup with `preset` (answering setup's prompts), then 2023 and 2024 played through the real
 * entry functions. `pdf: 'stand-in'` checks the report's .docx without rendering it (fast tests).
 */
export function playSeasons(preset: Preset = demoPreset(), options: { pdf?: 'libreoffice' | 'stand-in' } = {}): SeasonsResult {
  const wb = new LocalWorkbook({ now: SEASON_START, pdf: options.pdf });
  wb.services.ui.scriptPrompt(String(PRESETS.indexOf(preset) + 1));
  wb.services.ui.scriptPrompt(SIGNER);
  wb.install();
  const env = createEnv(wb.services.globals as unknown as AppsScriptGlobals, () => wb.services.clock.now());
  const { catalog } = readConfigFromSheets(env);
  const units = unitsOwing(catalog, 'quarter');
  const cast = castOf(units);
  const submissions: Submission[] = [];
  const send = (code: string, periodId: string, at: string, index: number, bump = 0) =>
    submissions.push(submitAs(wb, code, periodId, at, (f) => ({ values: valuesFor(f, index + bump, 0, preset.settings.areaName) })));

  const playQuarter = (year: number, q: number): void => {
    const periodId = `${year}-Q${q}`;
    const plan: { at: string; run: () => void }[] = [];
    units.forEach((u, i) => {
      if (year === 2024 && q === 1 && u.code === cast.missingQ1) return;
      if (year === 2024 && q === 2 && (u.code === cast.missingQ2 || u.code === cast.centre)) return;
      const late = year === 2024 && q === 2 && u.code === cast.lateQ2;
      const at = late ? '2024-06-18T15:20:00+07:00' : onTime(year, q, i);
      plan.push({ at, run: () => send(u.code, periodId, at, i, year === 2023 ? -1 : q) });
      if (year === 2024 && q === 4 && u.code === cast.revisedQ4) {
        plan.push({ at: '2024-12-13T10:00:00+07:00', run: () => send(u.code, periodId, '2024-12-13T10:00:00+07:00', i, q + 2) });
      }
    });
    plan.sort((a, b) => Date.parse(a.at) - Date.parse(b.at)).forEach((p) => p.run());
  };
  for (let q = 1; q <= 4; q++) playQuarter(2023, q);
  playQuarter(2024, 1);
  playQuarter(2024, 2);
  const june = summaryAt(wb, '2024-H1', JUNE_REPORT_AT);
  // The centre sends Q2 late, after the June report: its year figures are complete in December.
  if (cast.centre) send(cast.centre, '2024-Q2', CENTRE_LATE_Q2, units.findIndex((u) => u.code === cast.centre), 2);
  playQuarter(2024, 3);
  playQuarter(2024, 4);
  const december = summaryAt(wb, '2024-Y', DECEMBER_REPORT_AT);
  return { wb, preset, catalog, cast, submissions, june, december };
}

function summaryAt(wb: LocalWorkbook, periodId: string, at: Date): SeasonReport {
  wb.services.clock.set(at);
  wb.as(ADMIN);
  const summary = wb.call<SummaryResult>('generateSummary', periodId);
  if (!summary.ok) throw new Error(`generateSummary ${periodId}: ${(summary.errors ?? []).map((e) => e.message).join('; ')}`);
  return { summary, report: buildLocalReport(wb.services, periodId) };
}
