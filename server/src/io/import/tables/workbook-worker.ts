/** The worker thread of read-workbook.ts: reads one workbook and posts what it found. */
import { parentPort, workerData } from "node:worker_threads";
import { type WorkbookJob, readWorkbookHere } from "./read-workbook";

void readWorkbookHere(workerData as WorkbookJob).then((read) => parentPort!.postMessage(read));
