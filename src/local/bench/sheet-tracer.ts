// Which sheets an execution reads and writes. The bundle's SpreadsheetApp is swapped for a proxy
// over the counting proxy: every Range/Sheet call is attributed to its sheet (looked up on the
// raw fake, uncounted) and classed as a data read, a write, or neither (lookups, sizes). The
// fakes never see these proxies: arguments are unwrapped on the way in.
import type vm from 'node:vm';
import type { FakeServices } from '../fakes';

export interface SheetTrace {
  reads: Set<string>;
  writes: Set<string>;
  /** Cells returned by reads while the script lock was held. */
  cellsUnderLock: number;
}

const READS = new Set(['getValues', 'getValue', 'getDisplayValues', 'getDisplayValue', 'getFormulas', 'getFormula',
  'getNotes', 'getNote', 'getBackgrounds', 'getBackground', 'getFontWeights', 'getNumberFormats']);
const WRITE = /^(set|append|insert|delete|clear|merge|break|protect|hide|show|autoResize|activate|sort)/;
const NEUTRAL = new Set(['setActiveSheet', 'activate', 'setName']);

type Raw = { getName?(): string; getSheet?(): { getName(): string }; toString(): string };

export class SheetTracer {
  private trace: SheetTrace = { reads: new Set(), writes: new Set(), cellsUnderLock: 0 };
  private readonly wrappers = new WeakMap<object, object>();
  private readonly targets = new WeakMap<object, object>();

  constructor(private readonly services: FakeServices) {}

  /** Replaces SpreadsheetApp in the bundle's context with the tracing proxy. */
  install(context: vm.Context): void {
    context.SpreadsheetApp = this.wrap(this.services.globals.SpreadsheetApp);
  }

  reset(): void { this.trace = { reads: new Set(), writes: new Set(), cellsUnderLock: 0 }; }
  result(): SheetTrace { return { reads: new Set(this.trace.reads), writes: new Set(this.trace.writes), cellsUnderLock: this.trace.cellsUnderLock }; }

  private countUnderLock(method: string, result: unknown): void {
    if (!READS.has(method) || !this.services.lock.isHeld('script')) return;
    this.trace.cellsUnderLock += Array.isArray(result) ? result.reduce((n: number, row: unknown) => n + (Array.isArray(row) ? row.length : 1), 0) : 1;
  }

  private sheetOf(receiver: object, method: string, args: unknown[]): string | null {
    const raw = this.services.env.registry.unwrap(receiver) as Raw;
    const type = raw.toString();
    if (type === 'Range') return raw.getSheet?.().getName() ?? null;
    if (type === 'Sheet') return raw.getName?.() ?? null;
    if (type === 'Spreadsheet' && (method === 'insertSheet' || method === 'deleteSheet')) {
      const a = args[0];
      if (typeof a === 'string') return a;
      if (a && typeof a === 'object') return (this.services.env.registry.unwrap(this.unwrap(a)) as Raw).getName?.() ?? null;
    }
    return null;
  }

  private note(receiver: object, method: string, args: unknown[]): void {
    const sheet = this.sheetOf(receiver, method, args);
    if (!sheet) return;
    if (READS.has(method)) this.trace.reads.add(sheet);
    else if (WRITE.test(method) && !NEUTRAL.has(method)) this.trace.writes.add(sheet);
  }

  private unwrap(value: unknown): unknown {
    if (Array.isArray(value)) return value.map((v) => this.unwrap(v));
    return value !== null && typeof value === 'object' ? this.targets.get(value) ?? value : value;
  }

  private wrap<T>(value: T): T {
    if (Array.isArray(value)) return (value.length > 0 && this.services.env.registry.isTracked(value[0]) ? value.map((v) => this.wrap(v)) : value) as T;
    if (value === null || typeof value !== 'object' || !this.services.env.registry.isTracked(value)) return value;
    const existing = this.wrappers.get(value);
    if (existing) return existing as T;
    const target = value as object;
    const proxy = new Proxy(target, {
      get: (t, prop) => {
        const member: unknown = Reflect.get(t, prop);
        if (typeof member !== 'function' || typeof prop !== 'string') return member;
        return (...args: unknown[]) => {
          this.note(t, prop, args);
          const result = (member as (...a: unknown[]) => unknown).apply(t, args.map((a) => this.unwrap(a)));
          this.countUnderLock(prop, result);
          return this.wrap(result);
        };
      },
    });
    this.wrappers.set(target, proxy);
    this.targets.set(proxy, target);
    return proxy as T;
  }
}
