/** Pure domain rules shared by the GraphQL server, the seed loader and the admin UI. */
export * from "./errors";
export * from "./eras";
export * from "./wareki";
export * from "./plan-period";
export * from "./money";
export * from "./totals";
export * from "./discrepancy";
export * from "./kpi";
export * from "./kpi-value";
export * from "./category";
export * from "./kpi-limit";
export * from "./municipality-code";
