/**
 * A workbook is a zip, and a zip can be a bomb: half a megabyte that inflates to gigabytes.
 * Before anything inflates an upload, its central directory is read and refused when it has
 * too many entries, declares too much in total (per file and over the whole upload), or an
 * entry compresses better than real sheets do; then each entry is inflated once with its
 * declared size as a hard cap, so a directory that lies is caught after at most that many
 * bytes. Only a zip that passes goes on to ExcelJS.
 */
import { inflateRawSync } from "node:zlib";
import type { Problems } from "../problems";

export const ZIP_LIMITS = {
  entries: 1000,
  /** Inflated bytes of one workbook, and of all workbooks of one upload. */
  fileBytes: 100_000_000,
  uploadBytes: 200_000_000,
  /** Inflated ÷ compressed of an entry above 1 MB; sheets of real exports stay far below. */
  ratio: 100,
};

interface Entry {
  name: string;
  method: number;
  compressed: number;
  size: number;
  localOffset: number;
}

/** What the upload may still inflate; shared by its workbooks. */
export interface InflateBudget {
  bytes: number;
}

export const uploadBudget = (): InflateBudget => ({ bytes: ZIP_LIMITS.uploadBytes });

class Refusal extends Error {
  constructor(
    readonly code: string,
    readonly ja: string,
    en: string,
    readonly where?: string,
  ) {
    super(en);
  }
}

function entriesOf(zip: Buffer): Entry[] {
  const from = Math.max(0, zip.length - 65_557);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]), zip.length - 22);
  if (end < from) throw new Refusal("BROKEN_XLSX", "zip の目録がありません", "no zip directory");
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  if (count > ZIP_LIMITS.entries) {
    throw new Refusal(
      "ZIP_TOO_MANY_ENTRIES",
      `zip の項目が多すぎます (${count} 個、上限 ${ZIP_LIMITS.entries})`,
      `the zip has too many entries (${count}, limit ${ZIP_LIMITS.entries})`,
    );
  }
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== 0x02014b50)
      throw new Refusal("BROKEN_XLSX", "zip の目録が壊れています", "the zip directory is damaged");
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const entry = {
      name: zip.toString("utf8", at + 46, at + 46 + nameLength),
      method: zip.readUInt16LE(at + 10),
      compressed: zip.readUInt32LE(at + 20),
      size: zip.readUInt32LE(at + 24),
      localOffset: zip.readUInt32LE(at + 42),
    };
    // ZIP64 sizes (above 4 GB) are beyond every limit here anyway.
    if (entry.size === 0xffffffff || entry.compressed === 0xffffffff) entry.size = Infinity;
    entries.push(entry);
    at += 46 + nameLength + extraLength + zip.readUInt16LE(at + 32);
  }
  return entries;
}

function checkDeclared(entries: Entry[], budget: InflateBudget): void {
  const total = entries.reduce((sum, e) => sum + e.size, 0);
  const limit = Math.min(ZIP_LIMITS.fileBytes, budget.bytes);
  if (total > limit) {
    throw new Refusal(
      "ZIP_TOO_LARGE",
      `展開すると大きすぎます (${mb(total)} MB、上限 ${mb(limit)} MB)`,
      `it would inflate to too much (${mb(total)} MB, limit ${mb(limit)} MB)`,
    );
  }
  for (const e of entries) {
    if (e.size > 1_000_000 && e.size > ZIP_LIMITS.ratio * Math.max(1, e.compressed)) {
      throw new Refusal(
        "ZIP_RATIO",
        `項目 ${e.name} の圧縮率が高すぎます (${Math.round(e.size / Math.max(1, e.compressed))} 倍)`,
        `entry ${e.name} is compressed too well (${Math.round(e.size / Math.max(1, e.compressed))}×)`,
        e.name,
      );
    }
  }
}

const mb = (bytes: number) => Math.ceil(bytes / 1_000_000);

/** Inflates each entry, never beyond its declared size, counting the bytes inflated. */
function checkActual(zip: Buffer, entries: Entry[], count: { inflated: number }): void {
  for (const e of entries) {
    const at = e.localOffset;
    if (at + 30 > zip.length || zip.readUInt32LE(at) !== 0x04034b50)
      throw new Refusal(
        "BROKEN_XLSX",
        "zip の項目が壊れています",
        "a zip entry is damaged",
        e.name,
      );
    const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
    const data = zip.subarray(start, start + e.compressed);
    let size = data.length;
    if (e.method === 8) {
      try {
        size = inflateRawSync(data, { maxOutputLength: Math.max(1, e.size) }).length;
      } catch {
        size = Infinity;
      }
    }
    count.inflated += Math.min(size, e.size);
    if (size !== e.size) {
      throw new Refusal(
        "ZIP_SIZE_MISMATCH",
        `項目 ${e.name} の実際の大きさが目録と違います`,
        `entry ${e.name} inflates to another size than its directory says`,
        e.name,
      );
    }
  }
}

/** Runs a check; a refusal becomes a located problem of `file`. */
function refusing(file: string, problems: Problems, check: () => void): boolean {
  try {
    check();
    return true;
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    problems.error(
      { file },
      error.code,
      `${error.ja}。取り込みを中止しました`,
      `${error.message}; the file was not opened`,
      error.where ? { where: error.where } : {},
    );
    return false;
  }
}

/** The directory alone (no inflating, cheap enough for the main thread). */
export function checkZipDirectory(
  file: string,
  bytes: Uint8Array,
  budget: InflateBudget,
  problems: Problems,
): boolean {
  const zip = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return refusing(file, problems, () => checkDeclared(entriesOf(zip), budget));
}

/**
 * Checks a workbook's zip before it is opened: the directory, then each entry inflated up to
 * its declared size; false (with a located problem) when refused. `inflated` tells how many
 * bytes the check itself inflated.
 */
export function checkZip(
  file: string,
  bytes: Uint8Array,
  budget: InflateBudget,
  problems: Problems,
): { ok: boolean; inflated: number } {
  const zip = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = { inflated: 0 };
  const ok = refusing(file, problems, () => {
    const entries = entriesOf(zip);
    checkDeclared(entries, budget);
    checkActual(zip, entries, count);
  });
  if (ok) budget.bytes -= count.inflated;
  return { ok, inflated: count.inflated };
}
