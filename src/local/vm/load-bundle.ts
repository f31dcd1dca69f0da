// Runs the built dist/Code.js the way Apps Script would: in a fresh node:vm context holding only
// the Apps Script globals from the fakes (plus JS built-ins and a quiet console), with a Date
// that follows the fake clock. Arguments and results cross the boundary JSON-cloned, like
// google.script.run, which only carries plain data.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import type { FakeServices } from '../fakes';
import { installClockDate } from './clock-date';

/** Node/browser globals Apps Script V8 lacks; none may exist in the bundle's context. */
export const FORBIDDEN_GLOBALS = [
  'setTimeout', 'setInterval', 'setImmediate', 'clearTimeout', 'clearInterval', 'clearImmediate',
  'URL', 'URLSearchParams', 'TextEncoder', 'TextDecoder', 'fetch', 'atob', 'btoa', 'Buffer', 'process',
  'require', 'module', 'exports', 'global', 'structuredClone', 'queueMicrotask', 'crypto', 'performance',
  'Blob', 'window', 'document', 'navigator', 'localStorage', 'AbortController', 'EventTarget', 'MessageChannel',
] as const;

export interface LoadBundleOptions {
  /** Default: dist/Code.js under the working directory. */
  codePath?: string;
}

export interface LoadedBundle {
  context: vm.Context;
  /** Calls a top-level function with JSON-cloned arguments and returns a JSON-cloned result. */
  call<T = unknown>(name: string, ...args: unknown[]): T;
  /** Calls a top-level function with the arguments and result as they are (event objects, fakes). */
  callRaw<T = unknown>(name: string, ...args: unknown[]): T;
  /** Top-level functions the bundle defines (the entry points Apps Script would see). */
  entryNames(): string[];
}

export function loadBundle(services: FakeServices, options: LoadBundleOptions = {}): LoadedBundle {
  const codePath = options.codePath ?? path.resolve('dist', 'Code.js');
  const code = readFileSync(codePath, 'utf8');
  const installed = new Set<string>([...Object.keys(services.globals), 'console']);

  const context = vm.createContext({}, { name: 'apps-script', codeGeneration: { strings: true, wasm: false } });
  for (const name of FORBIDDEN_GLOBALS) vm.runInContext(`delete globalThis[${JSON.stringify(name)}]`, context);
  for (const [name, value] of Object.entries(services.globals)) if (value !== undefined) context[name] = value;
  context.console = services.console;

  const ContextDate = installClockDate(context, () => services.clock.nowMs());
  const ContextError = vm.runInContext('Error', context) as ErrorConstructor;
  services.setRealm({
    newDate: (ms) => new ContextDate(ms),
    newError: (message) => Object.assign(new ContextError(message), { name: 'Exception' }),
  });
  const parseInContext = vm.runInContext('JSON.parse', context) as (text: string) => unknown;

  vm.runInContext(code, context, { filename: codePath });

  const fn = (name: string): (...args: unknown[]) => unknown => {
    const f: unknown = context[name];
    if (typeof f !== 'function') throw new Error(`dist bundle has no top-level function ${name}`);
    return f as (...args: unknown[]) => unknown;
  };
  const cloneIn = (v: unknown) => (v === undefined ? undefined : parseInContext(JSON.stringify(v)));
  const cloneOut = (v: unknown) => (v === undefined ? undefined : JSON.parse(JSON.stringify(v)) as unknown);

  return {
    context,
    call<T>(name: string, ...args: unknown[]): T {
      const f = fn(name);
      try {
        return cloneOut(f(...args.map(cloneIn))) as T;
      } catch (e) {
        throw toHostError(e);
      }
    },
    callRaw<T>(name: string, ...args: unknown[]): T {
      return fn(name)(...args) as T;
    },
    entryNames(): string[] {
      return Object.keys(context).filter((k) => !installed.has(k) && typeof context[k] === 'function');
    },
  };
}

/** Errors from the context become host Errors (same name and message), as a failure handler sees them. */
function toHostError(e: unknown): unknown {
  if (e === null || typeof e !== 'object' || e instanceof Error) return e;
  const source = e as { name?: unknown; message?: unknown; stack?: unknown };
  if (typeof source.message !== 'string') return e;
  const error = Object.assign(new Error(source.message), { cause: e });
  if (typeof source.name === 'string') error.name = source.name;
  if (typeof source.stack === 'string') error.stack = source.stack;
  return error;
}
