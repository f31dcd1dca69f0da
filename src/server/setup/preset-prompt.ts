// The questions of a first install: which preset seeds the configuration sheets, and the name of
// the report's signer. Asked through the spreadsheet UI (Ui.prompt) by the menu's setup; a
// context without a UI (a trigger, a script run) gets the default preset and a blank signer,
// which the report shows as a visible placeholder until it is filled.
import { DEFAULT_PRESET, PRESETS, type Preset, presetFromAnswer } from '../../domain/presets';
import type { Env } from '../env';
import { UserError } from '../auth';

export interface SetupChoice {
  preset: Preset;
  signerName: string;
}

/** How setup learns the choice; tests pass their own. Null: no one to ask. */
export type SetupAsker = () => SetupChoice | null;

export const CANCELLED_MESSAGE = 'Đã hủy cài đặt: chưa tạo trang nào.';
const TITLE = 'Cài đặt Báo cáo CCHC';

export function presetQuestion(): string {
  return ['Chọn bộ cấu hình ban đầu (sửa được sau trong các trang cấu hình):',
    ...PRESETS.map((p, i) => `${i + 1}. ${p.label}${p.note ? ` (${p.note})` : ''}`), 'Nhập số thứ tự (để trống: 1).'].join('\n');
}

export const SIGNER_QUESTION = 'Họ và tên người ký báo cáo (có thể để trống và điền sau ở trang Cài đặt):';

type Ui = GoogleAppsScript.Base.Ui;

function uiOf(env: Env): Ui | null {
  try {
    return env.g.SpreadsheetApp.getUi();
  } catch {
    return null; // no UI in this context (e.g. a trigger)
  }
}

/** Asks with Ui.prompt: a preset (re-asked once when the answer names none) and the signer. */
export function uiAsker(env: Env): SetupAsker {
  return () => {
    const ui = uiOf(env);
    if (!ui) return null;
    const ask = (question: string): string => {
      const r = ui.prompt(TITLE, question, ui.ButtonSet.OK_CANCEL);
      if (r.getSelectedButton() !== ui.Button.OK) throw new UserError(CANCELLED_MESSAGE);
      return r.getResponseText().normalize('NFC').trim();
    };
    let answer = ask(presetQuestion());
    let preset = answer === '' ? DEFAULT_PRESET : presetFromAnswer(answer);
    if (!preset) {
      answer = ask(`"${answer}" không phải một lựa chọn.\n${presetQuestion()}`);
      preset = answer === '' ? DEFAULT_PRESET : presetFromAnswer(answer);
      if (!preset) throw new UserError(`Lựa chọn "${answer}" không hợp lệ: chưa tạo trang nào. Chạy lại Cài đặt và nhập 1 hoặc ${PRESETS.length}.`);
    }
    return { preset, signerName: ask(SIGNER_QUESTION).replace(/\s+/g, ' ') };
  };
}
