// Which browser tab this page is: an id kept in sessionStorage, so a reload keeps the tab's user
// while another tab acts as someone else. Chromium copies sessionStorage into a duplicated tab (and
// into a window opened from this one), so a page announces its id on a BroadcastChannel and
// takes a new one when a tab already open answers that it holds it.
const KEY = 'cchc-playground-tab';
const CHANNEL = 'cchc-playground-tabs';

function newId(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return `t${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

function stored(): string {
  try {
    const known = sessionStorage.getItem(KEY);
    if (known && /^[A-Za-z0-9_-]{1,64}$/.test(known)) return known;
    const id = newId();
    sessionStorage.setItem(KEY, id);
    return id;
  } catch {
    return newId(); // storage blocked: a tab of its own until reloaded
  }
}

let id = stored();

export const tabId = (): string => id;

/**
 * Calls `onChange` with the user of the tab it was copied from when this page had to give up a
 * copied id (the copy starts as that user, under an id of its own).
 */
export function guardTabId(currentUser: () => string | undefined, onChange: (user: string | undefined) => void): void {
  if (typeof BroadcastChannel !== 'function') return;
  const channel = new BroadcastChannel(CHANNEL);
  const nonce = newId();
  channel.onmessage = (event: MessageEvent<{ type: string; id: string; nonce: string; user?: string }>) => {
    const m = event.data;
    if (m.type === 'hello' && m.id === id) channel.postMessage({ type: 'taken', id, nonce: m.nonce, user: currentUser() });
    if (m.type === 'taken' && m.nonce === nonce && m.id === id) {
      id = newId();
      try { sessionStorage.setItem(KEY, id); } catch { /* kept in memory only */ }
      onChange(m.user);
    }
  };
  channel.postMessage({ type: 'hello', id, nonce });
}
