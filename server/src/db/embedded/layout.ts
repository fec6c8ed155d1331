/** The embedded database's files inside SOSEI_DATA_DIR (see docs/operations.md). */
export const PGDATA = "postgres";
export const SECRET = "postgres.secret";
export const DATABASE = "sosei";
