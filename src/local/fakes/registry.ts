// Exposes fake objects to callers through counting Proxies. Internally the fakes work with the raw
// objects (no counting); only what crosses the boundary is proxied: results are wrapped, proxy
// arguments are unwrapped, so a fake never sees another fake's proxy.
import type { Counters, ServiceName } from './counters';

interface Meta { service: ServiceName; type: string; guard?: (method: string) => void }

/** Never counted: conversions and introspection the JS engine itself may call. */
const UNCOUNTED = new Set(['toString', 'valueOf', 'toJSON', 'constructor', 'inspect']);

/** Runs before every counted call (scope checks, the execution clock). */
export type CallHook = (service: ServiceName, type: string, method: string) => void;

export class Registry {
  readonly hooks: CallHook[] = [];
  private readonly meta = new WeakMap<object, Meta>();
  private readonly proxies = new WeakMap<object, object>();
  private readonly targets = new WeakMap<object, object>();

  constructor(private readonly counters: Counters) {}

  /** Registers a raw fake object; `guard` runs before each counted call (e.g. closed documents). */
  track<T extends object>(obj: T, service: ServiceName, type: string, guard?: (method: string) => void): T {
    this.meta.set(obj, { service, type, guard });
    this.counters.noteType(service, type);
    return obj;
  }

  /** The counting proxy of a tracked object (arrays of tracked objects are mapped); other values as is. */
  expose<T>(value: T): T {
    if (value === null || typeof value !== 'object') return value;
    if (Array.isArray(value)) {
      return (value.length > 0 && this.isTracked(value[0]) ? value.map((v) => this.expose(v)) : value) as T;
    }
    const meta = this.meta.get(value as object);
    if (!meta) return value;
    let proxy = this.proxies.get(value as object);
    if (!proxy) {
      proxy = this.createProxy(value as object, meta);
      this.proxies.set(value as object, proxy);
      this.targets.set(proxy, value as object);
    }
    return proxy as T;
  }

  /** The raw object behind a proxy (arrays mapped shallowly); other values as is. */
  unwrap<T>(value: T): T {
    if (value === null || typeof value !== 'object') return value;
    if (Array.isArray(value)) {
      return (value.length > 0 && this.targets.has(value[0]) ? value.map((v) => this.unwrap(v)) : value) as T;
    }
    return (this.targets.get(value as object) ?? value) as T;
  }

  isTracked(value: unknown): boolean {
    return typeof value === 'object' && value !== null && (this.meta.has(value) || this.targets.has(value));
  }

  private createProxy(target: object, meta: Meta): object {
    const cache = new Map<string, unknown>();
    return new Proxy(target, {
      get: (t, prop) => {
        const value: unknown = Reflect.get(t, prop, t);
        if (typeof prop !== 'string' || typeof value !== 'function' || prop.startsWith('_') || UNCOUNTED.has(prop)) {
          return typeof value === 'function' ? value.bind(t) : value;
        }
        let wrapped = cache.get(prop);
        if (!wrapped) {
          const fn = value as (...args: unknown[]) => unknown;
          wrapped = (...args: unknown[]) => {
            this.counters.hit(meta.service, `${meta.type}.${prop}`);
            for (const hook of this.hooks) hook(meta.service, meta.type, prop);
            meta.guard?.(prop);
            return this.expose(fn.apply(t, args.map((a) => this.unwrap(a))));
          };
          cache.set(prop, wrapped);
        }
        return wrapped;
      },
    });
  }
}
