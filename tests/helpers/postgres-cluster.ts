// Lives in tools/bench so that `pnpm bench` (built from tools/) can start a cluster too.
export * from "../../tools/bench/postgres-cluster";
