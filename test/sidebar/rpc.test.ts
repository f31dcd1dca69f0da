import { createRpc, RpcError, type ScriptRunner } from '../../src/sidebar/rpc';

/** A google.script.run double with Apps Script's shape: with* return new runners, calls return nothing. */
function fakeRunner(server: Record<string, (...args: unknown[]) => unknown>, log: unknown[][]): ScriptRunner {
  const make = (ok?: (v: unknown) => void, fail?: (e: unknown) => void): ScriptRunner => {
    const runner: Record<string, unknown> = {
      withSuccessHandler: (h: (v: unknown) => void) => make(h, fail),
      withFailureHandler: (h: (e: unknown) => void) => make(ok, h),
    };
    for (const [name, fn] of Object.entries(server)) {
      runner[name] = (...args: unknown[]) => {
        log.push([name, ...args]);
        queueMicrotask(() => {
          try { ok?.(fn(...args)); } catch (e) { fail?.(e); }
        });
      };
    }
    return runner as unknown as ScriptRunner;
  };
  return make();
}

test('calls the entry function with its arguments and resolves with its value', async () => {
  const log: unknown[][] = [];
  const rpc = createRpc(() => fakeRunner({ getForm: (u, p) => ({ u, p }) }, log));
  await expect(rpc.getForm('XA_CAM_BINH', '2024-Q1')).resolves.toEqual({ u: 'XA_CAM_BINH', p: '2024-Q1' });
  expect(log).toEqual([['getForm', 'XA_CAM_BINH', '2024-Q1']]);
});

test("a failure rejects with the server's message", async () => {
  const rpc = createRpc(() => fakeRunner({ getSidebarData: () => { throw new Error('Không xác định được tài khoản.'); } }, []));
  const error = await rpc.getSidebarData().catch((e: unknown) => e);
  expect(error).toBeInstanceOf(RpcError);
  expect((error as Error).message).toBe('Không xác định được tài khoản.');
});

test('no google.script.run, or no such function on the server: a clear Vietnamese rejection', async () => {
  await expect(createRpc(() => undefined).getSidebarData()).rejects.toThrow('google.script.run không có');
  await expect(createRpc(() => fakeRunner({}, [])).submitReport({ unitCode: 'X', periodId: 'P', values: {}, requestId: 'r' }))
    .rejects.toThrow('Máy chủ không có hàm submitReport.');
});
