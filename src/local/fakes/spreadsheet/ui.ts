// SpreadsheetApp.getUi(): menus, sidebars, dialogs, alerts and prompts, recorded for tests.
// Alerts and prompts answer from scripted queues (default: OK / empty text + OK).
import type { FakeEnv } from '../env';
import type { FakeHtmlOutput } from '../html';

export const Button = { CLOSE: 'CLOSE', OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO' } as const;
export const ButtonSet = { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' } as const;

export interface MenuItem { caption: string; functionName: string }
export type MenuEntry = ({ kind: 'item' } & MenuItem) | { kind: 'separator' } | { kind: 'submenu'; menu: RecordedMenu };
/** `items` lists every item, submenus' included, so a test can check each names a function. */
export interface RecordedMenu { title: string; items: MenuItem[]; entries: MenuEntry[] }
export interface ShownHtml { title: string; content: string; width: number | null; height: number | null; at: Date }
export interface RecordedAlert { title: string; prompt: string; buttons: string; answer: string }

export class UiState {
  readonly menus: RecordedMenu[] = [];
  readonly sidebars: ShownHtml[] = [];
  readonly dialogs: ShownHtml[] = [];
  readonly alerts: RecordedAlert[] = [];
  readonly prompts: (RecordedAlert & { text: string })[] = [];
  readonly alertAnswers: string[] = [];
  readonly promptAnswers: { text: string; button: string }[] = [];
  /** getUi() throws when false: time-driven triggers and other UI-less contexts. */
  available = true;

  get sidebar(): ShownHtml | null { return this.sidebars[this.sidebars.length - 1] ?? null; }
  menu(title: string): RecordedMenu | null { return this.menus.find((m) => m.title === title) ?? null; }
  scriptAlert(button: string): void { this.alertAnswers.push(button); }
  scriptPrompt(text: string, button: string = Button.OK): void { this.promptAnswers.push({ text, button }); }
}

export class FakeMenu {
  readonly recorded: RecordedMenu;
  constructor(env: FakeEnv, private readonly state: UiState, title: string) {
    env.registry.track(this, 'spreadsheet', 'Menu');
    this.recorded = { title: String(title), items: [], entries: [] };
  }
  addItem(caption: string, functionName: string): this {
    const item = { caption: String(caption), functionName: String(functionName) };
    this.recorded.items.push(item);
    this.recorded.entries.push({ kind: 'item', ...item });
    return this;
  }
  addSeparator(): this { this.recorded.entries.push({ kind: 'separator' }); return this; }
  addSubMenu(menu: FakeMenu): this {
    this.recorded.entries.push({ kind: 'submenu', menu: menu.recorded });
    this.recorded.items.push(...menu.recorded.items);
    return this;
  }
  /** Adding a menu with the same title again replaces it (onOpen runs on every open). */
  addToUi(): void {
    const i = this.state.menus.findIndex((m) => m.title === this.recorded.title);
    if (i >= 0) this.state.menus.splice(i, 1, this.recorded); else this.state.menus.push(this.recorded);
  }
  toString(): string { return 'Menu'; }
}

export class FakeUi {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;
  constructor(private readonly env: FakeEnv, private readonly state: UiState) {
    env.registry.track(this, 'spreadsheet', 'Ui');
  }
  createMenu(caption: string): FakeMenu { return new FakeMenu(this.env, this.state, caption); }
  createAddonMenu(): FakeMenu { return new FakeMenu(this.env, this.state, 'Add-on'); }
  showSidebar(userInterface: FakeHtmlOutput): void { this.state.sidebars.push(this.shown(userInterface)); }
  showModalDialog(userInterface: FakeHtmlOutput, title: string): void { this.state.dialogs.push(this.shown(userInterface, title)); }
  showModelessDialog(userInterface: FakeHtmlOutput, title: string): void { this.state.dialogs.push(this.shown(userInterface, title)); }

  alert(titleOrPrompt: string, promptOrButtons?: string, buttons?: string): string {
    const [title, prompt, set] = splitArgs(titleOrPrompt, promptOrButtons, buttons);
    const answer = this.state.alertAnswers.shift() ?? (set === ButtonSet.YES_NO || set === ButtonSet.YES_NO_CANCEL ? Button.YES : Button.OK);
    this.state.alerts.push({ title, prompt, buttons: set, answer });
    return answer;
  }

  prompt(titleOrPrompt: string, promptOrButtons?: string, buttons?: string): { getResponseText(): string; getSelectedButton(): string } {
    const [title, prompt, set] = splitArgs(titleOrPrompt, promptOrButtons, buttons);
    const answer = this.state.promptAnswers.shift() ?? { text: '', button: Button.OK };
    this.state.prompts.push({ title, prompt, buttons: set, answer: answer.button, text: answer.text });
    return { getResponseText: () => answer.text, getSelectedButton: () => answer.button };
  }

  private shown(html: FakeHtmlOutput, title?: string): ShownHtml {
    return { title: title ?? html.getTitle(), content: html.getContent(), width: html.getWidth(), height: html.getHeight(), at: this.env.clock.now() };
  }
  toString(): string { return 'Ui'; }
}

const SETS = new Set<string>(Object.values(ButtonSet));
function splitArgs(a: string, b?: string, c?: string): [string, string, string] {
  if (c !== undefined) return [String(a), String(b ?? ''), String(c)];
  if (b !== undefined && SETS.has(String(b))) return ['', String(a), String(b)];
  if (b !== undefined) return [String(a), String(b), ButtonSet.OK];
  return ['', String(a), ButtonSet.OK];
}
