/**
 * Analysis on every core: a fixed pool of worker threads, each running `judge` on one page at a time. A page that
 * takes longer than the analysis deadline (or crashes its worker) is reported as an error and the worker replaced,
 * so one pathological page never stalls an audit.
 */
import { Worker } from 'node:worker_threads';
import type { Job, JobResult } from './judge';

interface Slot {
  worker: Worker;
  busy: { job: Job; resolve(r: JobResult): void; timer: NodeJS.Timeout } | null;
}

export class Pool {
  private readonly slots: Slot[] = [];
  private readonly queue: Array<{ job: Job; resolve(r: JobResult): void }> = [];
  private closed = false;

  constructor(
    private readonly size: number,
    private readonly script: string,
    private readonly timeoutMs: number,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const worker = new Worker(this.script, { workerData: { citableWorker: true } });
    const slot: Slot = { worker, busy: null };
    worker.on('message', (result: JobResult) => this.finish(slot, result));
    worker.on('error', (err) => this.fail(slot, `could not be analyzed: the analysis crashed (${err.message})`));
    worker.on('exit', (code) => {
      if (!this.closed && slot.busy) this.fail(slot, `could not be analyzed: the analysis stopped (exit ${code})`);
    });
    return slot;
  }

  run(job: Job): Promise<JobResult> {
    return new Promise((resolve) => {
      this.queue.push({ job, resolve });
      this.pump();
    });
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.busy) continue;
      const next = this.queue.shift();
      if (!next) return;
      const timer = setTimeout(() => this.fail(slot, `could not be analyzed: took longer than ${this.timeoutMs / 1000} s`), this.timeoutMs);
      slot.busy = { ...next, timer };
      slot.worker.postMessage(next.job);
    }
  }

  private finish(slot: Slot, result: JobResult): void {
    const busy = slot.busy;
    if (!busy) return;
    clearTimeout(busy.timer);
    slot.busy = null;
    busy.resolve(result);
    this.pump();
  }

  /** The worker is stuck or gone: answer its job with an error and put a fresh worker in its place. */
  private fail(slot: Slot, reason: string): void {
    const busy = slot.busy;
    if (!busy) return;
    clearTimeout(busy.timer);
    slot.busy = null;
    void slot.worker.terminate();
    const i = this.slots.indexOf(slot);
    if (i >= 0 && !this.closed) this.slots[i] = this.spawn();
    busy.resolve({ error: reason });
    this.pump();
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
