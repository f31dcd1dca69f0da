// The built dist/Code.js as Apps Script sees it: one script, top-level functions, no modules,
// no Node or browser APIs, Vietnamese kept as UTF-8, under the size budget.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { createFakeServices } from '../../src/local/fakes';
import { FORBIDDEN_GLOBALS, loadBundle } from '../../src/local/vm/load-bundle';
import entryNames from '../../src/server/entries.json';

const CODE = path.resolve('dist/Code.js');
const code = readFileSync(CODE, 'utf8');

test('dist/Code.js is under the 200 KB budget', () => {
  const bytes = statSync(CODE).size;
  console.log(`dist/Code.js: ${(bytes / 1024).toFixed(1)} KB`);
  expect(bytes).toBeLessThan(200 * 1024);
});

test('no ES module syntax, no #private members, Vietnamese as UTF-8 not \\u escapes', () => {
  expect(code).not.toMatch(/^\s*(export|import)\s/m);
  expect(code).not.toMatch(/[\w$)\]]\.#[A-Za-z_$]/);
  expect(code).not.toMatch(/\bstatic\s+[A-Za-z_$][\w$]*\s*=/);
  expect(code).toContain('Báo cáo CCHC');
  expect(code).not.toMatch(/\\u1e[0-9a-f]{2}/i);
});

test('every declared entry is a top-level function forwarding into the bundle', () => {
  for (const name of entryNames) expect(code).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
});

describe('in a node:vm context with only Apps Script globals', () => {
  const fakes = createFakeServices({ now: new Date('2024-03-10T03:00:00Z'), activeUser: 'vhtt@camxuyen.gov.vn', ownerEmail: 'vhtt@camxuyen.gov.vn' });
  const bundle = loadBundle(fakes);

  test('none of the Node/browser globals exist there', () => {
    for (const name of FORBIDDEN_GLOBALS) {
      expect([name, vm(`typeof ${name}`)]).toEqual([name, 'undefined']);
    }
    function vm(expr: string): unknown {
      return (bundle.context as { eval?: (s: string) => unknown }).eval?.(expr) ?? require('node:vm').runInContext(expr, bundle.context);
    }
  });

  test('every entry function exists at top level', () => {
    expect(bundle.entryNames().sort()).toEqual([...entryNames].sort());
  });

  test('domain code runs there: setup, then a zod-validated submission is refused in Vietnamese', () => {
    bundle.call('setup');
    const result = bundle.call<{ ok: boolean; errors: { field: string; message: string }[] }>('submitReport', {
      unitCode: 'XA_CAM_BINH', periodId: '2024-Q1', requestId: 'vm-test-0001', values: { TIN_BAI: 'abc' },
    });
    expect(result.ok).toBe(false);
    expect(result.errors.find((e) => e.field === 'TIN_BAI')?.message).toMatch(/số nguyên/);
  });

  test('onOpen builds the menu and every item resolves to a top-level function', () => {
    bundle.callRaw('onOpen', { authMode: 'LIMITED' });
    const menus = fakes.ui.menus as { title: string; items: { caption?: string; functionName?: string }[] }[];
    const menu = menus.find((m) => m.title === 'Báo cáo CCHC');
    expect(menu).toBeDefined();
    const fns = menu!.items.map((i) => i.functionName).filter((f): f is string => !!f);
    expect(fns).toEqual(expect.arrayContaining(['showSidebar', 'setup']));
    for (const f of fns) expect(typeof bundle.context[f]).toBe('function');
  });
});
