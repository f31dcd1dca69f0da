// The event an installable on-edit trigger receives, built the way Google does: `value` and
// `oldValue` are "only available if the edited range is a single cell" (a paste or any
// multi-cell edit has neither), and `oldValue` is absent when the cell was empty.
// https://developers.google.com/apps-script/guides/triggers/events#edit

export interface FakeEditEventRange { getNumRows(): number; getNumColumns(): number; getValue(): unknown }
export interface FakeEditEvent<R> {
  authMode: 'FULL'; range: R; source: unknown; triggerUid: string;
  user: { getEmail(): string; getNickname(): string }; value?: string; oldValue?: string;
}

const text = (v: unknown): string => (v instanceof Date ? v.toString() : String(v));

/** `oldValue` is the single cell's value before the edit ('' for an empty cell); the range is read after it. */
export function editEventOf<R extends FakeEditEventRange>(range: R, oldValue: unknown, source: unknown, triggerUid: string, user: string): FakeEditEvent<R> {
  const event: FakeEditEvent<R> = {
    authMode: 'FULL', range, source, triggerUid, user: { getEmail: () => user, getNickname: () => user.split('@')[0] },
  };
  if (range.getNumRows() !== 1 || range.getNumColumns() !== 1) return event;
  const value = range.getValue();
  if (value !== '') event.value = text(value);
  if (oldValue !== '' && oldValue !== undefined && oldValue !== null) event.oldValue = text(oldValue);
  return event;
}
