// `npm start`: the playground on 127.0.0.1. Options: --port N (or PORT), --reset (fresh setup()),
// --dir PATH (default .local/playground).
import { startPlayground } from './server';

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i >= 0) return args[i + 1];
  const eq = args.find((a) => a.startsWith(`${name}=`));
  return eq?.slice(name.length + 1);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const portText = option(args, '--port') ?? process.env.PORT ?? '8080';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Cổng không hợp lệ: ${portText}`);
  const playground = await startPlayground({ port, reset: args.includes('--reset'), dir: option(args, '--dir') });
  console.log(`\nBản chạy thử Báo cáo CCHC: ${playground.url}`);
  console.log('(chỉ nghe trên 127.0.0.1; dữ liệu lưu trong .local/playground; `npm start -- --reset` để bắt đầu lại; Ctrl+C để dừng)\n');
  let closing = false;
  const stop = (): void => {
    if (closing) return;
    closing = true;
    playground.close().then(() => process.exit(0), (e: unknown) => { console.error(e); process.exit(1); });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
