// What the user has granted: the manifest's scopes minus any the user unticked on the consent
// screen (Google lets users grant only some scopes of a project).
// https://developers.google.com/apps-script/concepts/scopes#granular_consent (granular consent)
import type { Manifest } from './manifest';

export const SCOPE_PREFIX = 'https://www.googleapis.com/auth/';
export const DRIVE_SCOPE = `${SCOPE_PREFIX}drive`;

export class Grants {
  /** Scopes the project asks for (appsscript.json `oauthScopes`). */
  readonly requested: readonly string[];
  private readonly granted: Set<string>;

  constructor(readonly manifest: Manifest) {
    this.requested = [...(manifest.oauthScopes ?? [])];
    this.granted = new Set(this.requested);
  }
  has(scope: string): boolean { return this.granted.has(scope); }
  /** Any one of `scopes` is enough (Google's reference: "one or more of the following scopes"). */
  hasAny(scopes: readonly string[]): boolean { return scopes.some((s) => this.granted.has(s)); }
  list(): string[] { return [...this.granted]; }
  /** Test hook: the user unticks these scopes on the consent screen (a partial grant). */
  revoke(...scopes: string[]): void { for (const s of scopes) this.granted.delete(full(s)); }
  /** Test hook: the user grants again everything the manifest asks for. */
  grantAll(): void { for (const s of this.requested) this.granted.add(s); }
}

export function full(scope: string): string { return scope.startsWith('https://') ? scope : SCOPE_PREFIX + scope; }
