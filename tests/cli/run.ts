/** Runs the built `citable` (dist/citable.mjs) as users do: a real process, real files, real local servers. */
import { execFileSync, spawn } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');
export const BIN = path.join(ROOT, 'dist/citable.mjs');

let built = false;
/** Builds the command from the current sources once per test file (esbuild: about a second). */
export function ensureBuilt(): void {
  if (built) return;
  execFileSync(process.execPath, ['cli/build.mjs'], { cwd: ROOT, stdio: 'pipe' });
  built = true;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function run(args: string[], opts: { stdin?: string; env?: Record<string, string>; cwd?: string; timeoutMs?: number } = {}): Promise<RunResult> {
  ensureBuilt();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: opts.cwd ?? ROOT, env: { ...process.env, NO_COLOR: '1', ...opts.env } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 100_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, stdout, stderr });
    });
    child.stdin.end(opts.stdin ?? '');
  });
}
