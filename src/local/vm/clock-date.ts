// Installs, inside a vm context, a Date whose no-argument constructor, Date() and Date.now() read
// the fake clock. Created in the context itself so its Dates are the context's own (instanceof
// Date holds for them and for Dates the fakes create there).
import vm from 'node:vm';

const INSTALL = `(function (nowMs) {
  const RealDate = Date;
  function ClockDate(...args) {
    if (!new.target) return new RealDate(nowMs()).toString();
    return Reflect.construct(RealDate, args.length === 0 ? [nowMs()] : args, new.target);
  }
  ClockDate.prototype = RealDate.prototype;
  Object.setPrototypeOf(ClockDate, RealDate);
  Object.defineProperty(ClockDate, 'name', { value: 'Date' });
  Object.defineProperty(ClockDate, 'length', { value: 7 });
  ClockDate.now = function now() { return nowMs(); };
  Object.defineProperty(RealDate.prototype, 'constructor', { value: ClockDate, writable: true, configurable: true, enumerable: false });
  Object.defineProperty(globalThis, 'Date', { value: ClockDate, writable: true, configurable: true, enumerable: false });
  return ClockDate;
})`;

export type ContextDate = DateConstructor;

export function installClockDate(context: vm.Context, nowMs: () => number): ContextDate {
  const install = vm.runInContext(INSTALL, context) as (now: () => number) => ContextDate;
  return install(() => nowMs());
}
