/**
 * Plain SQL access beside Prisma, for what Prisma's client cannot do: multi-statement
 * migration scripts and explicit transactions around them.
 */
export interface SqlSession {
  /** Runs a script of one or more statements (simple query protocol). */
  exec(script: string): Promise<void>;
  /**
   * One statement. `prepared`: planned once per connection and reused (a named prepared
   * statement), for hot statements of fixed text only: every text stays on its connection.
   */
  query<Row = Record<string, unknown>>(
    sql: string,
    params?: unknown[],
    options?: { prepared?: boolean },
  ): Promise<Row[]>;
}

export interface SqlDriver extends SqlSession {
  transaction<T>(work: (tx: SqlSession) => Promise<T>): Promise<T>;
}
