import { asahikawaFy2020 } from "./asahikawa-fy2020";
import type { SeedDocument } from "./types";

/** Documents loaded by `pnpm db:seed` and on first start; each is an identifiable file. */
export const seedDocuments: { file: string; document: SeedDocument }[] = [
  { file: "seeds/asahikawa-fy2020.ts", document: asahikawaFy2020 },
];
