import type { Database } from "./database";
import type { SqlDriver } from "./sql-driver";

/**
 * Counts the SQL statements Prisma sends through a database's driver adapter, to prove
 * that a request's statement count does not grow with the number of items (no N+1).
 */
export interface QueryCounter {
  count: number;
  /** When set, the text of each plain-SQL statement (to see which columns a read asks for). */
  texts?: string[];
}

type Queryable = {
  queryRaw(...args: unknown[]): Promise<unknown>;
  executeRaw(...args: unknown[]): Promise<unknown>;
};

function counted<T extends object>(target: T, counter: QueryCounter): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      const value = Reflect.get(object, property, receiver);
      if (typeof value !== "function") return value;
      if (property === "queryRaw" || property === "executeRaw") {
        return (...args: unknown[]) => {
          counter.count++;
          return (value as (...a: unknown[]) => unknown).apply(object, args);
        };
      }
      if (property === "startTransaction") {
        return async (...args: unknown[]) =>
          counted(
            (await (value as (...a: unknown[]) => Promise<Queryable>).apply(
              object,
              args,
            )) as object,
            counter,
          );
      }
      return value.bind(object);
    },
  });
}

/** Plain SQL (the list reader) counted too: one call, one statement. */
function countedSql(sql: SqlDriver, counter: QueryCounter): SqlDriver {
  return {
    ...sql,
    query: (text, params, options) => {
      counter.count++;
      counter.texts?.push(text);
      return sql.query(text, params, options);
    },
  };
}

/** The same database, with an adapter whose connections count their statements. */
export function withQueryCounter(db: Database, counter: QueryCounter): Database {
  const factory = db.adapter;
  const adapter = new Proxy(factory, {
    get(object, property, receiver) {
      if (property === "connect") {
        return async () => counted(await object.connect(), counter);
      }
      const value = Reflect.get(object, property, receiver);
      return typeof value === "function" ? value.bind(object) : value;
    },
  });
  return { ...db, adapter, sql: countedSql(db.sql, counter) };
}
