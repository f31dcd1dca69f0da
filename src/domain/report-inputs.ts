// Everything the report compares a period with, from all stored records in one pass: the
// period's summary, the previous period (quarters and months), the same period last year and,
// for a 6-month or year report one quarterly submission covers, that quarter alone. A model
// nobody reported for is null, so the report never compares with an empty period.
import type { Period } from './types';
import type { SummaryModel } from './summary-types';
import { closingQuarter, previousPeriod, samePeriodLastYear } from './periods';
import { buildSummary, type SummaryInput } from './summary';

/** The same inputs as one summary: everything stored, and the period asked for. */
export type ReportSources = SummaryInput;

export interface ReportSummaries {
  summary: SummaryModel;
  previous: SummaryModel | null;
  lastYear: SummaryModel | null;
  quarter: SummaryModel | null;
}

export function reportSummaries(src: ReportSources): ReportSummaries {
  const of = (period: Period): SummaryModel => buildSummary({ ...src, period });
  const withData = (m: SummaryModel): SummaryModel | null => (m.counts.submitted > 0 ? m : null);
  const summary = of(src.period);
  const { kind } = src.period;
  // A 6-month or year period's previous period of its kind is last year's: compared once, as "cùng kỳ".
  const previous = kind === 'half' || kind === 'year' ? null : withData(of(previousPeriod(src.period)));
  const lastYear = withData(of(samePeriodLastYear(src.period)));
  const closing = closingQuarter(src.period);
  const quarter = summary.combined && closing ? withData(of(closing)) : null;
  return { summary, previous, lastYear, quarter };
}
