// The office's review dialog (dist/Review.html): pick a period, see every unit due with its
// figures against the previous period and last year, open a unit to compare its revisions and
// return it for correction or approve it. Text goes in as text nodes only (no innerHTML).
import type { ReviewActionResult, ReviewDashboardDto, ReviewDetailDto, ReviewRowDto } from '../contract/review';
import { REVIEW_LABELS, type ReviewState } from '../domain/review/states';
import { NOTE_FIELD, NOTHING_FIELD } from '../domain/review/diff';
import { stateLabel } from '../domain/lateness';
import type { IndicatorValue } from '../domain/types';
import { byId, h, replaceChildren } from '../sidebar/dom';
import { formatCount, formatInstant } from '../sidebar/format';

interface Runner {
  withSuccessHandler(f: (v: unknown) => void): Runner;
  withFailureHandler(f: (e: unknown) => void): Runner;
  [fn: string]: unknown;
}

function call<T>(name: string, ...args: unknown[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const g = (window as unknown as { google?: { script?: { run?: Runner } } }).google;
    const base = g?.script?.run;
    if (!base) { reject(new Error('Không kết nối được với máy chủ Apps Script.')); return; }
    const runner = base.withSuccessHandler((v) => resolve(v as T))
      .withFailureHandler((e) => reject(new Error(e && typeof e === 'object' && 'message' in e ? String((e as Error).message) : String(e))));
    (runner[name] as (...a: unknown[]) => void).apply(runner, args);
  });
}

const show = (text: string, cls = 'muted'): void => { const el = byId('status'); el.className = cls; el.textContent = text; };

function fmt(v: IndicatorValue): string {
  if (v === null || v === undefined || v === '') return '–';
  if (typeof v === 'number') return formatCount(v);
  if (typeof v === 'boolean') return v ? 'Có' : 'Không';
  return v;
}

function chip(state: ReviewState | null): HTMLElement {
  return h('span', { class: `chip ${state ?? 'none'}` }, state ? REVIEW_LABELS[state] : 'Chưa nộp');
}

let current: ReviewDashboardDto | null = null;

function rowView(d: ReviewDashboardDto, r: ReviewRowDto): HTMLElement {
  const cells = d.indicators.map((ind) => {
    const c = r.cells[ind.code];
    if (!c) return h('td', { class: 'num muted' }, '');
    return h('td', { class: `num${c.outlier ? ' outlier' : ''}`, title: c.outlier?.message ?? null, 'data-code': ind.code },
      h('span', { class: 'v' }, fmt(c.value)),
      h('span', { class: 'cmp' }, `${fmt(c.previous)} · ${fmt(c.lastYear)}`));
  });
  const open = r.review ? h('button', { type: 'button', class: 'secondary', 'data-open': r.unitCode }, 'Xem') : null;
  open?.addEventListener('click', () => void openUnit(r.unitCode));
  return h('tr', { 'data-unit': r.unitCode },
    h('td', null, r.unitName, r.outliers ? h('span', { class: 'chip needs_fix', title: 'Số liệu bất thường' }, `⚠ ${r.outliers}`) : null),
    h('td', null, stateLabel(r.deadlineState)),
    h('td', { class: 'review-state' }, chip(r.review?.state ?? null)),
    h('td', { class: 'num' }, r.review ? String(r.review.revision) : ''),
    h('td', null, r.review ? formatInstant(r.review.submittedAt) : ''),
    h('td', null, r.review?.nothingToReport ? 'Không phát sinh' : ''),
    ...cells,
    h('td', null, open));
}

function renderBoard(d: ReviewDashboardDto): void {
  current = d;
  const select = byId<HTMLSelectElement>('period');
  replaceChildren(select, ...d.periods.map((p) => h('option', { value: p.id, selected: p.id === d.period.id }, p.label)));
  const submitted = d.rows.filter((r) => r.review).length;
  const flagged = d.rows.filter((r) => r.outliers > 0).length;
  byId('summary').textContent = `${d.period.label}: ${submitted}/${d.rows.length} đơn vị đã nộp, ${flagged} có số liệu bất thường. Dòng nhỏ: ${d.period.previousLabel} · ${d.period.lastYearLabel}.`;
  const head = h('tr', null, h('th', null, 'Đơn vị'), h('th', null, 'Hạn nộp'), h('th', null, 'Xét duyệt'), h('th', null, 'Lần'),
    h('th', null, 'Thời gian nộp'), h('th', null, ''), ...d.indicators.map((i) => h('th', { title: i.label }, i.label)), h('th', null, ''));
  replaceChildren(byId('board'), h('div', { class: 'scroll' }, h('table', { id: 'board-table' }, h('thead', null, head), h('tbody', null, ...d.rows.map((r) => rowView(d, r))))));
}

async function load(periodId?: string): Promise<void> {
  show('Đang tải…');
  try {
    renderBoard(await call<ReviewDashboardDto>('getReviewDashboard', periodId ?? null));
    show('');
  } catch (e) { show((e as Error).message, 'error'); }
}

function renderDetail(d: ReviewDetailDto): void {
  const el = byId('detail');
  const latest = d.revisions[d.revisions.length - 1];
  const rows: [string, string, (r: ReviewDetailDto['revisions'][number]) => string][] = [
    ...d.indicators.map((i) => [i.code, i.label, (r: ReviewDetailDto['revisions'][number]) => fmt(r.values[i.code] ?? null)] as [string, string, (r: ReviewDetailDto['revisions'][number]) => string]),
    [NOTHING_FIELD, 'Không phát sinh', (r) => (r.nothingToReport ? 'Có' : 'Không')],
    [NOTE_FIELD, 'Ghi chú', (r) => r.note],
  ];
  const table = h('table', { id: 'revisions' },
    h('thead', null, h('tr', null, h('th', null, ''), ...d.revisions.map((r) => h('th', null, `Lần ${r.revision} · ${formatInstant(r.submittedAt)}`)))),
    h('tbody', null, ...rows.map(([code, label, get]) => h('tr', null, h('th', null, label),
      ...d.revisions.map((r) => h('td', { class: r.changed.includes(code) ? 'changed' : null, 'data-code': code }, get(r)))))));
  const reason = h('textarea', { id: 'reason', placeholder: 'Lý do trả lại (bắt buộc khi trả lại)', 'aria-label': 'Lý do trả lại' }) as HTMLTextAreaElement;
  const back = h('button', { type: 'button', class: 'danger', id: 'return' }, 'Trả lại để bổ sung');
  const approve = h('button', { type: 'button', id: 'approve' }, 'Duyệt');
  const act = async (state: ReviewState): Promise<void> => {
    back.disabled = approve.disabled = true;
    try {
      const r = await call<ReviewActionResult>('reviewReport', { unitCode: d.unit.code, periodId: d.period.id, revision: latest.revision, state, reason: reason.value });
      if (!r.ok) { show(r.message, 'error'); return; }
      const done = `${d.unit.name}: ${REVIEW_LABELS[r.state]} (lần nộp ${r.revision})${r.emailed.length ? `, đã gửi email tới ${r.emailed.join(', ')}` : ''}.`;
      await load(d.period.id);
      await openUnit(d.unit.code, true);
      show(done, 'ok');
    } catch (e) { show((e as Error).message, 'error'); } finally { back.disabled = approve.disabled = false; }
  };
  back.addEventListener('click', () => void act('needs_fix'));
  approve.addEventListener('click', () => void act('approved'));
  replaceChildren(el,
    h('h2', null, `${d.unit.name} — ${d.period.label} `, chip(d.state)),
    d.reason ? h('p', { class: 'error' }, `Lý do trả lại: ${d.reason}`) : null,
    h('div', { class: 'scroll' }, table),
    d.events.length ? h('ul', { class: 'events' }, ...d.events.map((e) => h('li', null,
      `${formatInstant(e.at)} · ${e.by} · lần ${e.revision}: ${REVIEW_LABELS[e.state]}${e.reason ? ` — ${e.reason}` : ''}`))) : null,
    h('div', { class: 'actions' }, reason, back, approve));
  el.hidden = false;
}

async function openUnit(unitCode: string, quiet = false): Promise<void> {
  if (!current) return;
  if (!quiet) show('Đang tải…');
  try {
    renderDetail(await call<ReviewDetailDto>('getReviewDetail', unitCode, current.period.id));
    if (!quiet) show('');
  } catch (e) { show((e as Error).message, 'error'); }
}

byId('bar').addEventListener('submit', (ev) => { ev.preventDefault(); byId('detail').hidden = true; void load(byId<HTMLSelectElement>('period').value); });
byId('period').addEventListener('change', () => { byId('detail').hidden = true; void load(byId<HTMLSelectElement>('period').value); });
void load();
