// Runs one operation against a bench workbook and records what it cost: Spreadsheet, Document
// and Drive service calls, the sheets it read and wrote, and local CPU time.
import type { FakeServices } from '../fakes';
import type { SheetTracer } from './sheet-tracer';

export interface Cost {
  spreadsheet: number;
  document: number;
  drive: number;
  reads: string[];
  writes: string[];
  /** One read per sheet read plus one write per sheet written. */
  limit: number;
  cpuMs: number;
}

export function measure(services: FakeServices, tracer: SheetTracer, run: () => void): Cost {
  services.counters.reset();
  tracer.reset();
  const cpu = process.cpuUsage();
  run();
  const used = process.cpuUsage(cpu);
  const { reads, writes } = tracer.result();
  return {
    spreadsheet: services.counters.spreadsheet,
    document: services.counters.document,
    drive: services.counters.drive,
    reads: [...reads].sort(),
    writes: [...writes].sort(),
    limit: reads.size + writes.size,
    cpuMs: (used.user + used.system) / 1000,
  };
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? 0 : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

export interface Measured {
  name: string;
  /** Configuration cache empty, as in the first execution after the cache expires or a configuration edit. */
  cold: Cost;
  /** Later executions (cache warm); CPU is the median of these runs. */
  warm: Cost[];
}

/** One cold run (cache cleared), then `runs` warm ones. */
export function measureOp(services: FakeServices, tracer: SheetTracer, name: string, run: () => void, runs = 3): Measured {
  services.cache.clear();
  const cold = measure(services, tracer, run);
  const warm = Array.from({ length: runs }, () => measure(services, tracer, run));
  return { name, cold, warm };
}
