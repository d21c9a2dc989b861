// `npm run dev`: the API (built and started as `npm start` does, on :3000) and Vite's dev
// server with hot reload on :5173, which sends /graphql to the API. Ctrl-C stops both.
import { spawn } from 'node:child_process';

const children = [
  spawn('npm', ['start'], { stdio: 'inherit' }),
  spawn('vite', ['--config', 'apps/web/vite.config.mts'], { stdio: 'inherit' }),
];
const stop = (signal) => {
  for (const child of children) child.kill(signal);
};
process.once('SIGINT', () => stop('SIGINT'));
process.once('SIGTERM', () => stop('SIGTERM'));
for (const child of children) {
  child.on('exit', (code) => {
    stop('SIGTERM');
    process.exitCode = code ?? 0;
  });
}
