// Runs an entry function with a fresh Env and turns failures into messages a user can act on.
import { UserError } from './auth';
import { type Env, createEnv } from './env';
import { appsScriptGlobals } from './globals';

export const UNEXPECTED_MESSAGE = 'Đã xảy ra lỗi không mong muốn. Vui lòng thử lại; nếu vẫn lỗi, báo quản trị viên kèm thời điểm xảy ra.';

/**
 * google.script.run hands the failure handler only an Error's message, so user errors keep
 * theirs and anything else becomes a generic Vietnamese message (the detail goes to the log).
 */
export function run<T>(fn: (env: Env) => T): T {
  const env = createEnv(appsScriptGlobals());
  try {
    return fn(env);
  } catch (e) {
    if (e instanceof UserError) throw new Error(e.message);
    console.error(e);
    const detail = e instanceof Error ? e.message : String(e);
    throw new Error(`${UNEXPECTED_MESSAGE} (${detail})`);
  }
}
