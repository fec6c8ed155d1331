import fs from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { Config } from "../config";
import type { Logger } from "../log/logger";
import type { RequestFacts } from "./graphql-service";

export interface WorkerRequest extends RequestFacts {
  method: string;
  headers: [string, string][];
  search: string;
  body: unknown;
}

export interface WorkerReply {
  status: number;
  headers: [string, string][];
  /** UTF-8, transferred from the worker. */
  body: Uint8Array;
}

export type ToWorker = { kind: "run"; id: number; request: WorkerRequest } | { kind: "stop" };
export type FromWorker =
  | { kind: "ready" }
  | ({ kind: "reply"; id: number } & WorkerReply)
  | { kind: "failed"; id: number; message: string }
  | { kind: "log"; line: string }
  | { kind: "fatal"; message: string };

const SCRIPT = path.join(__dirname, "query-worker.js");

/** Running from TypeScript sources (ts-jest), there is no compiled worker to start. */
export const workersAvailable = () => fs.existsSync(SCRIPT);

interface Slot {
  worker: Worker;
  busy: number;
}

/** A few worker threads for queries; each request goes to the least busy one. */
export class QueryWorkers {
  private readonly slots: Slot[] = [];
  private readonly waiting = new Map<
    number,
    { resolve(r: WorkerReply): void; reject(e: Error): void; slot: Slot }
  >();
  private nextId = 1;
  private stopping = false;

  constructor(
    private readonly url: string,
    private readonly config: Config,
    private readonly log: Logger,
    /** The database runs on this machine (the embedded engine): its backends can be reniced. */
    private readonly localDatabase = false,
  ) {}

  async start(count: number): Promise<void> {
    await Promise.all(Array.from({ length: count }, () => this.spawn()));
  }

  private spawn(): Promise<void> {
    const worker = new Worker(SCRIPT, {
      workerData: { url: this.url, config: this.config, localDatabase: this.localDatabase },
    });
    const slot: Slot = { worker, busy: 0 };
    this.slots.push(slot);
    return new Promise((resolve, reject) => {
      worker.on("message", (message: FromWorker) => {
        if (message.kind === "ready") resolve();
        else if (message.kind === "fatal") reject(new Error(message.message));
        else if (message.kind === "log") this.relay(message.line);
        else this.settle(message);
      });
      worker.on("error", (error) =>
        this.log.error({ event: "query_worker_error", err: error }, error.message),
      );
      worker.on("exit", (code) => this.exited(slot, code));
    });
  }

  private relay(line: string): void {
    const { level, msg, time, pid, hostname, ...fields } = JSON.parse(line) as Record<
      string,
      unknown
    >;
    void time;
    void pid;
    void hostname;
    const method = (typeof level === "string" ? level : "info") as "info";
    this.log[method]({ ...fields, thread: "query-worker" }, String(msg ?? ""));
  }

  private settle(message: Extract<FromWorker, { id: number }>): void {
    const pending = this.waiting.get(message.id);
    if (!pending) return;
    this.waiting.delete(message.id);
    pending.slot.busy--;
    if (message.kind === "failed") pending.reject(new Error(message.message));
    else pending.resolve(message);
  }

  /** A worker that ends unexpectedly fails its requests and is replaced. */
  private exited(slot: Slot, code: number): void {
    this.slots.splice(this.slots.indexOf(slot), 1);
    for (const [id, pending] of this.waiting) {
      if (pending.slot !== slot) continue;
      this.waiting.delete(id);
      pending.reject(new Error(`query worker exited with ${code}`));
    }
    if (this.stopping) return;
    this.log.error({ event: "query_worker_exit", code }, "a query worker ended; starting another");
    this.spawn().catch((error: Error) =>
      this.log.error({ event: "query_worker_error", err: error }, error.message),
    );
  }

  run(request: WorkerRequest): Promise<WorkerReply> {
    const slot = this.slots.reduce((a, b) => (b.busy < a.busy ? b : a));
    const id = this.nextId++;
    slot.busy++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject, slot });
      slot.worker.postMessage({ kind: "run", id, request } satisfies ToWorker);
    });
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await Promise.all(
      this.slots.map(
        (slot) =>
          new Promise<void>((resolve) => {
            slot.worker.once("exit", () => resolve());
            slot.worker.postMessage({ kind: "stop" } satisfies ToWorker);
          }),
      ),
    );
  }
}
