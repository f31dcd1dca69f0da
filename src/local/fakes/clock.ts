// The simulated "now" every fake (and the vm's Date) reads, so tests control time.

export class FakeClock {
  private base: number;
  private readonly realStart: number | null;

  /** `realTime`: the clock ticks with the machine clock from `start` (for the playground); otherwise frozen. */
  constructor(start: Date = new Date(), realTime = false) {
    this.base = start.getTime();
    this.realStart = realTime ? Date.now() : null;
  }

  nowMs(): number {
    return this.realStart === null ? this.base : this.base + (Date.now() - this.realStart);
  }

  now(): Date {
    return new Date(this.nowMs());
  }

  set(date: Date | string | number): void {
    const ms = new Date(date).getTime();
    if (Number.isNaN(ms)) throw new Error(`clock.set: invalid date ${String(date)}`);
    this.base = this.realStart === null ? ms : ms - (Date.now() - this.realStart);
  }

  advance(ms: number): void {
    this.base += ms;
  }
}
