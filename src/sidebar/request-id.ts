// The idempotency key of a submission. One key per attempt: a retry after a failure reuses it,
// so if the first try was stored after all (the answer was lost), the server replays that
// result instead of storing a second row. A changed form is a new attempt with a new key.

/** 32 hex digits from the browser's CSPRNG (matches the contract's REQUEST_ID pattern). */
export function newRequestId(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export class AttemptKeeper {
  private pending: { key: string; requestId: string } | null = null;

  constructor(private readonly makeId: () => string = newRequestId) {}

  /** The request id for this content: the pending one if nothing changed since it failed. */
  idFor(contentKey: string): string {
    if (!this.pending || this.pending.key !== contentKey) this.pending = { key: contentKey, requestId: this.makeId() };
    return this.pending.requestId;
  }

  /** The server answered (stored, or refused and stored nothing): the next send is a new attempt. */
  settle(): void {
    this.pending = null;
  }
}
