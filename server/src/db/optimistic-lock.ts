import { notFound, versionConflict } from "../errors/api-errors";

/** The part of a Prisma model delegate an optimistic update needs. */
export interface VersionedModel {
  updateMany(args: { where: object; data: object }): PromiseLike<{ count: number }>;
  count(args: { where: object }): PromiseLike<number>;
}

/**
 * Writes `data` and bumps the version only if the row still has the version the client read:
 * one atomic UPDATE … WHERE version = n, so of two concurrent writers exactly one wins.
 * Call it inside the transaction that makes the write; otherwise NOT_FOUND, or CONFLICT
 * (the API adds the current item, see schema.ts), and the transaction rolls back.
 */
export async function updateVersioned(
  model: VersionedModel,
  entity: string,
  key: Record<string, number>,
  version: number,
  data: object = {},
): Promise<void> {
  const { count } = await model.updateMany({
    where: { ...key, version },
    data: { ...data, version: { increment: 1 } },
  });
  if (count === 1) return;
  const id = Object.values(key)[0];
  if ((await model.count({ where: key })) === 0) throw notFound(entity, id);
  throw versionConflict(entity, id);
}

/** Prisma's delegates are generic; this is the one place they are taken as VersionedModel. */
export const versioned = (model: unknown) => model as VersionedModel;
