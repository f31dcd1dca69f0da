// What the playground server and its page exchange (plain JSON).
import type { RecordedMenu } from '../fakes/spreadsheet/ui';

export interface ReportEntry {
  id: string;
  periodId: string;
  sheetName: string;
  /** Simulated time of generation (ISO). */
  at: string;
  by: string;
  status: 'pending' | 'ready' | 'failed';
  error?: string;
  totals?: Record<string, number>;
  counts?: { onTime: number; late: number; missing: number };
  docUrl?: string;
}

export type ActivityKind = 'menu' | 'sidebar' | 'dialog' | 'trigger' | 'clock' | 'user' | 'edit' | 'system';

export interface ActivityEntry {
  /** Simulated time (ISO). */
  at: string;
  user: string;
  kind: ActivityKind;
  text: string;
  ok: boolean;
}

/** Kept beside the workbook between runs. */
export interface PlaygroundExtra {
  reports: ReportEntry[];
  activity: ActivityEntry[];
  /** Advancing the clock runs the time-driven triggers it passes. */
  autoTriggers: boolean;
  /** Browser tabs by id (kept in sessionStorage by the page): who is at each one's keyboard. */
  tabs?: Record<string, { user: string }>;
}

export interface Shown { kind: 'sidebar' | 'dialog'; title: string; width: number | null; height: number | null; url: string }

export interface RunOutcome {
  ok: boolean;
  message?: string;
  result?: unknown;
  shown?: Shown;
  alerts: { title: string; prompt: string }[];
  toasts: { title: string; message: string }[];
}

export interface MailView { at: string; to: string; cc: string; bcc: string; subject: string; body: string }

export interface SheetTab { name: string; hidden: boolean; tabColor: string | null; protected: boolean }

export interface PlaygroundState {
  version: number;
  /** The tab this state was asked for; `user`, `sidebarUrl` and `dialogUrl` are that tab's. */
  tab: string;
  spreadsheetName: string;
  user: string;
  people: { email: string; label: string }[];
  now: string;
  autoTriggers: boolean;
  menus: RecordedMenu[];
  sheets: SheetTab[];
  activeSheet: string;
  outbox: MailView[];
  mailRemaining: number;
  reports: ReportEntry[];
  activity: ActivityEntry[];
  triggers: { handler: string; eventType: string; owner: string; schedule: Record<string, unknown> }[];
  sidebarUrl: string;
  dialogUrl: string;
}
