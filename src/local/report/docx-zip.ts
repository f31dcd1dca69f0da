// The report's .docx in Node: the same parts the server zips with Utilities.zip, zipped with
// fflate (synchronous, no timers).
import { strToU8, zipSync } from 'fflate';
import type { DocxPart } from '../../domain/docx/package';

export function zipDocxParts(parts: DocxPart[]): Uint8Array {
  return zipSync(Object.fromEntries(parts.map((p) => [p.path, strToU8(p.content)])), { level: 6 });
}
