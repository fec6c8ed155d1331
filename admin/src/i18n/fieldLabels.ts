import { REPORT_FIELDS } from "@sosei/server/domain/report/report-field-registry";

/** The field registry's labels in one language by key: the report's field and history labels. */
export const registryLabels = (language: "ja" | "en"): Record<string, string> =>
  Object.fromEntries(REPORT_FIELDS.map((f) => [f.key, f.label[language]]));
