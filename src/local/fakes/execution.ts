// The 6-minute execution limit: each counted service call advances the fake clock by a
// configurable cost, and once an execution has run past its limit every further call throws
// Google's "Exceeded maximum execution time" (Apps Script kills the run: nothing after it runs,
// so a catch block that tries to write fails too).
// https://developers.google.com/apps-script/guides/services/quotas#current_limitations
import type { ServiceName } from './counters';
import type { FakeEnv } from './env';

export const EXECUTION_LIMIT_MS = 6 * 60 * 1000;
export const EXCEEDED_MESSAGE = 'Exceeded maximum execution time';

export interface ExecutionOptions {
  /** Fake milliseconds each call of a service costs, e.g. { mail: 1500, spreadsheet: 200 }. */
  costMs?: Partial<Record<ServiceName, number>>;
  limitMs?: number;
}

export class ExecutionClock {
  private startedAt: number | null = null;
  private costs: Partial<Record<ServiceName, number>> = {};
  private limitMs = EXECUTION_LIMIT_MS;
  /** Set once the run was killed. */
  killed = false;

  constructor(private readonly env: FakeEnv) {}

  /** Starts an execution (a trigger firing, a menu click) with per-call costs. */
  begin(options: ExecutionOptions = {}): void {
    this.startedAt = this.env.clock.nowMs();
    this.costs = { ...options.costMs };
    this.limitMs = options.limitMs ?? EXECUTION_LIMIT_MS;
    this.killed = false;
  }
  /** Ends the execution: calls cost nothing again and the limit no longer applies. */
  end(): void { this.startedAt = null; this.costs = {}; this.killed = false; }
  elapsedMs(): number { return this.startedAt === null ? 0 : this.env.clock.nowMs() - this.startedAt; }

  /** Registry hook: runs before every counted call. */
  readonly hook = (service: ServiceName): void => {
    if (this.startedAt === null) return;
    if (this.killed || this.elapsedMs() >= this.limitMs) {
      this.killed = true;
      throw this.env.error(EXCEEDED_MESSAGE);
    }
    this.env.clock.advance(this.costs[service] ?? 0);
  };
}
