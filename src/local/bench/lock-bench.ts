// Issues 10/11: how long each entry function holds the script lock and how many cells it reads
// while holding it, at a given number of data rows (history grows; these must not, for submitReport).
import { randomBytes } from 'node:crypto';
import type { FormData, SidebarData } from '../../contract/rpc';
import { ADMIN, OFFICER, OFFICER_UNIT } from '../workbook/people';
import { buildBenchWorld } from './bench-world';
import { SheetTracer } from './sheet-tracer';
import { SUMMARY_PERIOD } from './run-bench';

export interface LockCost { name: string; heldMs: number; cellsUnderLock: number; acquisitions: number }
export interface LockScale { dataRows: number; ops: LockCost[] }

export function benchLock(dataRows: number, units = 40): LockScale {
  const { wb, records } = buildBenchWorld(units, dataRows);
  const s = wb.services;
  const tracer = new SheetTracer(s);
  tracer.install(wb.bundle.context);
  wb.as(OFFICER);
  const period = wb.call<SidebarData>('getSidebarData').periods[0];
  if (!period) throw new Error('the officer has no open period to submit');
  const form = wb.call<FormData>('getForm', OFFICER_UNIT, period.id);
  const values = Object.fromEntries(form.indicators.map((i) => [i.code, i.type === 'count' ? 4 : i.type === 'boolean' ? true : 'Pa nô']));
  const ok = (fn: string, r: { ok?: boolean }): void => { if (r.ok === false) throw new Error(`${fn}: ${JSON.stringify(r)}`); };
  const runs: [string, () => void][] = [
    ['submitReport', () => ok('submitReport', wb.as(OFFICER).call('submitReport', { unitCode: OFFICER_UNIT, periodId: period.id, values, requestId: randomBytes(16).toString('hex') }))],
    ['checkLateness', () => {
      const [run] = wb.runClockTriggers().filter((r) => r.handler === 'checkLateness');
      if (!run?.ok) throw new Error(`checkLateness: ${run?.error ?? 'no daily trigger installed'}`);
    }],
    ['generateSummary', () => ok('generateSummary', wb.as(ADMIN).call('generateSummary', SUMMARY_PERIOD))],
  ];
  const ops = runs.map(([name, run]) => {
    run(); // warm the configuration cache: the measured run is a later execution
    const from = s.lock.history.length;
    const before = s.lock.acquisitions('script');
    tracer.reset();
    run();
    return { name, heldMs: s.lock.heldWallMs('script', from), cellsUnderLock: tracer.result().cellsUnderLock, acquisitions: s.lock.acquisitions('script') - before };
  });
  return { dataRows: records, ops };
}
