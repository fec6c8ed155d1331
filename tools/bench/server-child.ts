import { fork, type ChildProcess } from "node:child_process";
import path from "node:path";
import type { FromServer, ServerSetup, Stats, ToServer } from "./server-process";

export type Ready = Extract<FromServer, { kind: "ready" }>;

/** The benchmarked server in a child process, driven over IPC. */
export class ServerChild {
  private readonly child: ChildProcess;
  private waiting: ((message: FromServer) => void)[] = [];
  readonly ready: Promise<Ready>;

  constructor(setup: ServerSetup) {
    this.child = fork(path.join(__dirname, "server-process.js"), [], {
      stdio: ["ignore", "inherit", "inherit", "ipc"],
      // As deployed: graphql-js checks every instanceof expensively unless NODE_ENV=production.
      env: { ...process.env, NODE_ENV: "production" },
      // gc() between phases, so one phase's garbage does not count as the next one's peak.
      // SOSEI_BENCH_CPU_PROF=dir writes a V8 CPU profile of the server to dir (where does time go?).
      execArgv: [
        "--expose-gc",
        ...(process.env.SOSEI_BENCH_CPU_PROF
          ? ["--cpu-prof", `--cpu-prof-dir=${process.env.SOSEI_BENCH_CPU_PROF}`]
          : []),
      ],
    });
    let failed: (error: Error) => void = () => {};
    this.ready = new Promise<Ready>((resolve, reject) => {
      failed = reject;
      this.waiting.push((message) =>
        message.kind === "ready" ? resolve(message) : reject(new Error(JSON.stringify(message))),
      );
    });
    this.child.on("message", (message: FromServer) => {
      if (message.kind === "failed") failed(new Error(`bench server failed: ${message.message}`));
      else this.waiting.shift()?.(message);
    });
    this.child.on("exit", (code) => {
      if (code) failed(new Error(`bench server exited with ${code}`));
    });
    this.child.send(setup);
  }

  get pid(): number {
    return this.child.pid!;
  }

  private ask(message: ToServer): Promise<FromServer> {
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.child.send(message);
    });
  }

  async stats(): Promise<Stats> {
    const reply = await this.ask({ cmd: "stats" });
    if (reply.kind !== "stats") throw new Error(`unexpected ${reply.kind}`);
    return reply;
  }

  resetPeak(): void {
    this.child.send({ cmd: "resetPeak" } satisfies ToServer);
  }

  stop(): Promise<void> {
    if (this.child.exitCode !== null) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.child.kill("SIGKILL"), 10_000);
      this.child.once("exit", () => {
        clearTimeout(timer);
        resolve();
      });
      this.child.send({ cmd: "stop" } satisfies ToServer);
    });
  }
}
