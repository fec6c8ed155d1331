import fs from "node:fs";
import path from "node:path";
import type { RunAs } from "./account";

/**
 * PostgreSQL refuses a data directory it does not own or that others may read. Files
 * copied in as root (a restore, a copy by hand) are handed to the account it runs as.
 */
export function ensureOwnership(pgdata: string, runAs: RunAs): boolean {
  const uid = runAs.uid ?? process.getuid?.();
  const gid = runAs.gid ?? process.getgid?.();
  if (uid === undefined || gid === undefined) return false;
  if (fs.statSync(pgdata).uid === uid) return false;
  const walk = (entry: string) => {
    fs.lchownSync(entry, uid, gid);
    if (fs.lstatSync(entry).isDirectory()) {
      for (const name of fs.readdirSync(entry)) walk(path.join(entry, name));
    }
  };
  walk(pgdata);
  fs.chmodSync(pgdata, 0o700);
  return true;
}
