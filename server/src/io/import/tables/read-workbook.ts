/**
 * An uploaded workbook is checked (zip-check.ts) and read on a worker thread of its own, so
 * that a large or hostile file never stalls the server's other requests, and a workbook that
 * needs more memory than the thread may have ends that thread, not the server. Run from
 * TypeScript sources (ts-jest) there is no compiled worker, and it is read here.
 */
import fs from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { type Problem, Problems } from "../problems";
import type { RawTable } from "./raw-table";
import { readXlsxTables } from "./read-xlsx";
import { type InflateBudget, checkZip, checkZipDirectory } from "./zip-check";

const SCRIPT = path.join(__dirname, "workbook-worker.js");
const MEMORY_MB = 1024;

export interface WorkbookRead {
  tables: RawTable[];
  problems: Problem[];
  /** What the upload may still inflate after this workbook. */
  budget: number;
}

export interface WorkbookJob {
  file: string;
  bytes: Uint8Array;
  budget: number;
}

/** The work itself, on whichever thread runs it. */
export async function readWorkbookHere({
  file,
  bytes,
  budget,
}: WorkbookJob): Promise<WorkbookRead> {
  const problems = new Problems();
  const left: InflateBudget = { bytes: budget };
  const { ok } = checkZip(file, bytes, left, problems);
  const tables = ok ? await readXlsxTables(file, bytes, problems) : [];
  return { tables, problems: problems.list, budget: left.bytes };
}

function onWorker(job: WorkbookJob): Promise<WorkbookRead> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(SCRIPT, {
      workerData: job,
      resourceLimits: { maxOldGenerationSizeMb: MEMORY_MB },
    });
    worker.once("message", (read: WorkbookRead) => {
      resolve(read);
      void worker.terminate();
    });
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`workbook reader exited with ${code}`)));
  });
}

export async function readWorkbook(
  file: string,
  bytes: Uint8Array,
  budget: InflateBudget,
  problems: Problems,
): Promise<RawTable[]> {
  // A bomb that says what it is stops here, before a thread starts.
  if (!checkZipDirectory(file, bytes, budget, problems)) return [];
  const job = { file, bytes, budget: budget.bytes };
  let read: WorkbookRead;
  try {
    read = fs.existsSync(SCRIPT) ? await onWorker(job) : await readWorkbookHere(job);
  } catch (error) {
    problems.error(
      { file },
      "XLSX_READ_FAILED",
      `XLSX ファイルを読み込めません (大きすぎるか壊れています。メモリ上限 ${MEMORY_MB} MB)`,
      `cannot read the XLSX file (too large or damaged; memory limit ${MEMORY_MB} MB): ${(error as Error).message}`,
    );
    return [];
  }
  problems.list.push(...read.problems);
  budget.bytes = read.budget;
  return read.tables;
}
