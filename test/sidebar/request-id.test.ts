import { REQUEST_ID } from '../../src/contract/validate';
import { AttemptKeeper, newRequestId } from '../../src/sidebar/request-id';

test('request ids are 32 random hex digits that the server accepts', () => {
  const ids = new Set(Array.from({ length: 200 }, newRequestId));
  expect(ids.size).toBe(200);
  for (const id of ids) {
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(REQUEST_ID.test(id)).toBe(true);
  }
});

describe('AttemptKeeper', () => {
  let n = 0;
  const keeper = () => new AttemptKeeper(() => `id-${++n}`);

  test('a retry of the same content after a failure reuses the id', () => {
    const k = keeper();
    const first = k.idFor('{"a":1}');
    expect(k.idFor('{"a":1}')).toBe(first);
  });

  test('changed content is a new attempt with a new id', () => {
    const k = keeper();
    const first = k.idFor('{"a":1}');
    expect(k.idFor('{"a":2}')).not.toBe(first);
  });

  test('after the server answered, the same content again is a new attempt (a new revision)', () => {
    const k = keeper();
    const first = k.idFor('{"a":1}');
    k.settle();
    expect(k.idFor('{"a":1}')).not.toBe(first);
  });
});
