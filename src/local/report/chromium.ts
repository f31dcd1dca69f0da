// The one way local code starts a browser: Debian's chromium (never a downloaded build),
// headless, offline. Used by the PDF printer and the sidebar browser tests.
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/** Flags that keep a headless run quiet and offline: no GPU, no sync, no updates, no QUIC. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

/** CHROMIUM_PATH when set, else Debian's /usr/bin/chromium. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROMIUM_PATH?.trim() || DEFAULT_CHROMIUM_PATH;
}

/** Launches headless Chromium; the caller closes it. */
export function launchChromium(options: Omit<LaunchOptions, 'executablePath' | 'headless'> = {}): Promise<Browser> {
  return chromium.launch({
    ...options,
    executablePath: chromiumPath(),
    headless: true,
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
  });
}
