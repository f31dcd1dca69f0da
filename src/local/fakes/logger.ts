// Logger and the vm's console: keep every line for tests; echo to the Node console only when asked.

export class LogSink {
  readonly lines: string[] = [];
  constructor(public echo = false) {}
  write(level: string, text: string): void {
    this.lines.push(level === 'log' ? text : `[${level}] ${text}`);
    if (this.echo) console.log(`[apps-script ${level}] ${text}`);
  }
  clear(): void { this.lines.length = 0; }
}

/** Apps Script Logger.log(format, ...values) replaces %s (and friends) in order. */
function format(data: unknown, values: unknown[]): string {
  let text = typeof data === 'string' ? data : stringify(data);
  for (const value of values) {
    const next = text.replace(/%[sdfo]/, stringify(value));
    if (next === text) break;
    text = next;
  }
  return text;
}

function stringify(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return value !== null && typeof value === 'object' ? JSON.stringify(value) : String(value);
  } catch {
    return String(value);
  }
}

export class FakeLogger {
  constructor(private readonly sink: LogSink) {}
  log(data: unknown, ...values: unknown[]): this { this.sink.write('log', format(data, values)); return this; }
  getLog(): string { return this.sink.lines.join('\n'); }
  clear(): void { this.sink.clear(); }
  toString(): string { return 'Logger'; }
}

/** A quiet console for the vm context (Apps Script has console -> Cloud Logging). */
export function makeConsole(sink: LogSink): Pick<Console, 'log' | 'info' | 'warn' | 'error' | 'debug'> {
  const at = (level: string) => (...args: unknown[]) => sink.write(level, args.map(stringify).join(' '));
  return { log: at('log'), info: at('info'), warn: at('warn'), error: at('error'), debug: at('debug') };
}
