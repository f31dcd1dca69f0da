// Top-level entry for the receiving unit's view (re-exported by index.ts, listed in entries.json).
import type { IncomingReportsDto } from '../../contract/rpc';
import { run } from '../run';
import { getIncomingReports as getIncomingReportsUseCase } from './incoming';

export function getIncomingReports(periodId?: string): IncomingReportsDto {
  return run((env) => getIncomingReportsUseCase(env, periodId));
}
