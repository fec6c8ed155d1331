// Modification times for the admin's build-when-stale checks (build-if-stale.mjs, introspection.mjs).
import fs from "node:fs";
import path from "node:path";

/** A file's modification time in ms; 0 when it does not exist. */
export const mtime = (file) => fs.statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0;

/** The newest modification time of a file, or of anything under a directory; 0 when missing. */
export function newestMtime(entry) {
  const stat = fs.statSync(entry, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(entry).map((name) => newestMtime(path.join(entry, name))));
}
