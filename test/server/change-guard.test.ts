// The change guard: a structural change (a unit's row deleted) takes effect at once.
import { ADMIN, OFFICER, OFFICER_UNIT, assignEmail, makeHarness } from './harness';
import { SHEETS, UNIT_COLUMNS } from '../../src/server/sheets/names';
import { loadBundle } from '../../src/local/vm/load-bundle';

test('deleting a unit row and firing onChange drops the cached configuration', () => {
  const h = makeHarness('bundle', new Date('2024-03-10T03:00:00Z'), ADMIN);
  h.api.setup();
  assignEmail(h, OFFICER_UNIT, OFFICER);
  h.as(OFFICER);
  expect(h.api.getSidebarData().units.map((u) => u.code)).toEqual([OFFICER_UNIT]); // cached now
  const values = h.fakes.spreadsheet.values(SHEETS.units);
  const row = values.findIndex((r) => r[(values[0] as string[]).indexOf(UNIT_COLUMNS.code)] === OFFICER_UNIT);
  h.fakes.spreadsheet.sheet(SHEETS.units).deleteRow(row + 1);
  expect(h.api.getSidebarData().units).toHaveLength(1); // still the cached configuration
  const bundle = loadBundle(h.fakes);
  h.fakes.users.setActive(OFFICER, ADMIN); // the trigger runs as its owner; the officer made the change
  bundle.callRaw('onChangeGuard', { changeType: 'EDIT' });
  expect(h.api.getSidebarData().units).toHaveLength(1); // value edits are the edit guard's job
  bundle.callRaw('onChangeGuard', { changeType: 'REMOVE_ROW' });
  expect(h.api.getSidebarData().units).toEqual([]);
});
