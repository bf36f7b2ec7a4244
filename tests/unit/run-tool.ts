// Runs a command-line tool as a real child process from the repository root, as `npm run <tool> -- args`
// would: async spawn, so the cases of a file can run concurrently on both cores.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const TSX = join('node_modules', '.bin', 'tsx');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `tool` is the script's name in tools/ (sim, balance, scenario-check...); `stdin` is sent then closed. */
export function runTool(tool: string, args: readonly string[], stdin?: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [`tools/${tool}.ts`, ...args], { cwd: process.cwd() });
    child.stdin.end(stdin ?? '');
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
