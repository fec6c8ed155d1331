/**
 * The real server over HTTP on an empty database that the synthetic generator has filled:
 * like openApi, but with thousands of reports when a test needs them.
 */
import { generateFiscalYear, type GenerateOptions } from "../../tools/synthetic/generate-reports";
import { openApi, type Api } from "../helpers/api";
import type { Backend } from "../helpers/databases";

export function openGenerated(backend: Backend, options: GenerateOptions): Promise<Api> {
  return openApi(backend, "empty", {
    prepare: async (prisma) => {
      await generateFiscalYear(prisma, options);
    },
    reportStatus: "PUBLISHED",
  });
}
