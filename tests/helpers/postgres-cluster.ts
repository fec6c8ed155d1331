// Moved to server/src/bench so that `pnpm bench` (built from server/src) can start a cluster too.
export * from "../../server/src/bench/postgres-cluster";
