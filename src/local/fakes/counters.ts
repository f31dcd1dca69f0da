// Call counting for the fakes: every call through an exposed (proxied) fake object is counted per
// service and per "Type.method", so tests can assert call budgets the way Apps Script quotas and
// latency would punish them.

export const SERVICES = ['spreadsheet', 'document', 'drive', 'mail', 'properties', 'cache', 'lock', 'script',
  'utilities', 'html', 'session', 'base'] as const;
export type ServiceName = (typeof SERVICES)[number];

export class Counters {
  readonly byService: Record<ServiceName, number> = emptyCounts();
  readonly byMethod: Record<string, number> = {};

  hit(service: ServiceName, method: string): void {
    this.byService[service] += 1;
    this.byMethod[method] = (this.byMethod[method] ?? 0) + 1;
  }

  reset(): void {
    for (const s of SERVICES) this.byService[s] = 0;
    for (const key of Object.keys(this.byMethod)) delete this.byMethod[key];
  }

  get total(): number { return SERVICES.reduce((sum, s) => sum + this.byService[s], 0); }
  get spreadsheet(): number { return this.byService.spreadsheet; }
  get document(): number { return this.byService.document; }
  get drive(): number { return this.byService.drive; }
  get mail(): number { return this.byService.mail; }
  get properties(): number { return this.byService.properties; }
  get cache(): number { return this.byService.cache; }
  get lock(): number { return this.byService.lock; }
  get script(): number { return this.byService.script; }
  get utilities(): number { return this.byService.utilities; }
  get html(): number { return this.byService.html; }
  get session(): number { return this.byService.session; }
  get base(): number { return this.byService.base; }

  /** Methods called so far on one service, e.g. `methods('spreadsheet')` -> { 'Range.setValues': 1 }. */
  methods(service?: ServiceName): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [key, n] of Object.entries(this.byMethod)) {
      if (!service || this.typesOf(service).has(key.split('.')[0])) out[key] = n;
    }
    return out;
  }

  private readonly serviceTypes = new Map<ServiceName, Set<string>>();
  noteType(service: ServiceName, type: string): void {
    this.typesOf(service).add(type);
  }
  private typesOf(service: ServiceName): Set<string> {
    let set = this.serviceTypes.get(service);
    if (!set) this.serviceTypes.set(service, (set = new Set()));
    return set;
  }
}

function emptyCounts(): Record<ServiceName, number> {
  return Object.fromEntries(SERVICES.map((s) => [s, 0])) as Record<ServiceName, number>;
}
