// Starts the chains on sheets that have none yet: a first install, or an office upgrading from a
// version without hashes (see sealSheet). Once a chain has a head this does nothing, so a later
// setup can never bless rows changed by hand.
import type { Env } from '../env';
import { type ChainKey, CHAIN_KEYS, appendHead } from './chain';
import { sealSheet } from './seal-sheet';
import { CHAIN_SPECS } from './specs';

/** Returns the number of rows linked per chain started now (absent when the chain already existed). */
export function sealChains(env: Env): Partial<Record<ChainKey, number>> {
  const out: Partial<Record<ChainKey, number>> = {};
  for (const key of CHAIN_KEYS) {
    if (appendHead(env, key)) continue;
    const sheet = env.ss().getSheetByName(CHAIN_SPECS[key].sheet);
    if (!sheet) continue;
    out[key] = sealSheet(env, key, sheet, CHAIN_SPECS[key].fallbackHashCol);
  }
  return out;
}
