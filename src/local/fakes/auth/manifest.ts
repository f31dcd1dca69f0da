// The project's manifest (appsscript.json) as the fakes see it: the OAuth scopes the script is
// granted and the advanced services it enables. Every fake run reads the real file by default so
// that a fake never grants what Google would not.
// https://developers.google.com/apps-script/concepts/scopes#setting_explicit_scopes
// https://developers.google.com/apps-script/guides/services/advanced#enable_advanced_services
import fs from 'node:fs';
import path from 'node:path';

export interface AdvancedService { userSymbol: string; serviceId: string; version: string }
export interface Manifest {
  timeZone?: string;
  oauthScopes?: string[];
  dependencies?: { enabledAdvancedServices?: AdvancedService[] };
}

export const MANIFEST_PATH = 'appsscript.json';

/** Reads appsscript.json (relative to the working directory, which is the project root). */
export function loadManifest(file = MANIFEST_PATH): Manifest {
  return JSON.parse(fs.readFileSync(path.resolve(file), 'utf8')) as Manifest;
}

export function advancedService(manifest: Manifest, userSymbol: string): AdvancedService | undefined {
  return manifest.dependencies?.enabledAdvancedServices?.find((s) => s.userSymbol === userSymbol);
}
