// Promise wrapper over google.script.run, typed against the contract's SidebarApi: the sidebar
// can only call the entry functions the contract lists, with the arguments it declares.
import type { SidebarApi } from '../contract/rpc';

/** The part of Apps Script's client-side runner the sidebar uses. */
export interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
}

export type Rpc = {
  [K in keyof SidebarApi]: (...args: Parameters<SidebarApi[K]>) => Promise<ReturnType<SidebarApi[K]>>;
};

/** A call that did not come back: network trouble, a timeout or an exception on the server. */
export class RpcError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RpcError';
  }
}

function messageOf(error: unknown): string {
  const message = error && typeof error === 'object' ? (error as { message?: unknown }).message : error;
  return typeof message === 'string' && message.trim() !== '' ? message : 'Lỗi không xác định.';
}

/** `getRunner` is read on every call, so a stand-in installed after this module loads still works. */
export function createRpc(getRunner: () => ScriptRunner | undefined): Rpc {
  function call(name: keyof SidebarApi, args: unknown[]): Promise<never> {
    return new Promise((resolve, reject) => {
      const base = getRunner();
      if (!base) {
        reject(new RpcError('Không kết nối được với máy chủ Apps Script (google.script.run không có).'));
        return;
      }
      const runner = base
        .withSuccessHandler((value) => resolve(value as never))
        .withFailureHandler((error) => reject(new RpcError(messageOf(error))));
      const fn = (runner as unknown as Record<string, unknown>)[name];
      if (typeof fn !== 'function') {
        reject(new RpcError(`Máy chủ không có hàm ${name}.`));
        return;
      }
      try {
        (fn as (...a: unknown[]) => void).apply(runner, args);
      } catch (error) {
        reject(new RpcError(messageOf(error)));
      }
    });
  }
  return {
    getSidebarData: () => call('getSidebarData', []),
    getForm: (unitCode, periodId) => call('getForm', [unitCode, periodId]),
    submitReport: (payload) => call('submitReport', [payload]),
    getIncomingReports: (periodId) => call('getIncomingReports', periodId === undefined ? [] : [periodId]),
  };
}

/** The page's own google.script.run (Apps Script's, or the local bridge's stand-in). */
export function pageRunner(): ScriptRunner | undefined {
  const g = (window as unknown as { google?: { script?: { run?: ScriptRunner } } }).google;
  return g?.script?.run;
}
