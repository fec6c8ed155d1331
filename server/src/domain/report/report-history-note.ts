/**
 * A note in a report's history beside the rows the triggers write: which import (or
 * archive of an earlier year's published report) wrote it, from which file. The actor is
 * the transaction's, as for every row (db/acting-client.ts).
 */
import type { Tx } from "./report-write";

export interface HistoryNote {
  /** IMPORT: content from a file; ARCHIVE: an earlier year's published report taken over. */
  action: "IMPORT" | "ARCHIVE";
  /** One id per import run, shared by every report it wrote. */
  importId: string;
  file: string;
  /** Said of an archive: where its publication time came from. */
  publishedAt?: { at: Date; from: "file" | "import" };
}

export async function noteHistory(tx: Tx, reportId: number, note: HistoryNote): Promise<void> {
  const changes: Record<string, { before: null; after: string }> = {
    file: { before: null, after: note.file },
  };
  if (note.publishedAt) {
    changes.publishedAt = { before: null, after: note.publishedAt.at.toISOString() };
    changes.publishedAtFrom = { before: null, after: note.publishedAt.from };
  }
  await tx.$executeRaw`
    INSERT INTO "AuditLog" ("actorId", "entity", "entityId", "action", "reportId", "changes")
    VALUES (nullif(current_setting('sosei.actor_id', true), '')::int, 'Import',
            ${note.importId.slice(0, 40)}, ${note.action}, ${reportId}, ${JSON.stringify(changes)}::jsonb)`;
}
