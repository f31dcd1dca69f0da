// The lock bench at 5,000 data rows (npm run bench adds 50,000): each entry function takes the
// script lock, the fake says how long it was held, and the cells read under it are counted.
import { benchLock, type LockScale } from '../../../src/local/bench/lock-bench';
import { createFakeServices } from '../../../src/local/fakes';

jest.setTimeout(60_000);

let r: LockScale;
beforeAll(() => { r = benchLock(5000); });
const op = (name: string) => r.ops.find((o) => o.name === name)!;

test('the world holds the asked number of data rows', () => {
  expect(r.dataRows).toBe(5000);
});

test.each(['submitReport', 'checkLateness', 'generateSummary'])('%s takes the script lock, holds it a measured time and reads cells under it', (name) => {
  console.log(`[lock bench] 5000 rows: ${name} held ${op(name).heldMs.toFixed(1)} ms, ${op(name).cellsUnderLock} cells read under the lock`);
  expect(op(name).acquisitions).toBeGreaterThanOrEqual(1);
  expect(op(name).heldMs).toBeGreaterThan(0);
  expect(op(name).cellsUnderLock).toBeGreaterThan(0);
});

test('submitReport reads only the index columns under the lock, far fewer cells than the summary reads', () => {
  expect(op('submitReport').cellsUnderLock).toBeLessThan(op('generateSummary').cellsUnderLock / 3);
  expect(op('submitReport').cellsUnderLock).toBeLessThan(5000 * 10);
});

test('the fake lock reports the real time it was held, and a lock still held counts to now', () => {
  const { lock, globals } = createFakeServices();
  const l = globals.LockService.getScriptLock();
  expect(lock.heldWallMs()).toBe(0);
  l.tryLock(1000);
  const until = performance.now() + 15;
  while (performance.now() < until) { /* hold the lock for 15 ms of real time */ }
  expect(lock.heldWallMs()).toBeGreaterThanOrEqual(14);
  l.releaseLock();
  const held = lock.heldWallMs();
  expect(lock.heldWallMs()).toBe(held);
  expect(lock.heldWallMs('script', lock.history.length)).toBe(0);
});
