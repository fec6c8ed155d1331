import type { GraphQLError } from "graphql";
import { apiError, badInput } from "./api-errors";

/** A write that clashes with data already stored (a duplicate, or a row still in use). */
export function conflict(
  field: (string | number)[],
  messageJa: string,
  messageEn: string,
  extensions: Record<string, unknown> = {},
): GraphQLError {
  return apiError("CONFLICT", messageJa, messageEn, { field, ...extensions });
}

function prismaCode(error: unknown): string | undefined {
  if (error === null || typeof error !== "object" || !("code" in error)) return undefined;
  const code = (error as { code: unknown }).code;
  return typeof code === "string" && /^P\d{4}$/.test(code) ? code : undefined;
}

export interface DbErrorFallbacks {
  /** P2002: a unique constraint was hit (normally caught earlier; this covers races). */
  unique?: () => GraphQLError;
  /** P2003: a foreign key failed; on delete it means "still referenced". */
  foreignKey?: () => GraphQLError;
}

/**
 * Runs a database write and never lets a raw Prisma error reach the client: validation
 * checks before the write catch almost everything, this catches what a concurrent writer
 * slips in between the check and the write.
 */
export async function withDbErrors<T>(
  write: () => Promise<T>,
  fallbacks: DbErrorFallbacks = {},
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const code = prismaCode(error);
    if (code === "P2002") {
      throw (
        fallbacks.unique?.() ??
        conflict(
          [],
          "同じ内容のデータが既に存在します",
          "a record with the same key already exists",
        )
      );
    }
    if (code === "P2000") {
      throw badInput([], "入力が長すぎます", "a value is too long for its column");
    }
    if (code === "P2003") {
      throw (
        fallbacks.foreignKey?.() ??
        badInput([], "参照先のデータが存在しません", "a referenced record does not exist")
      );
    }
    throw error;
  }
}
