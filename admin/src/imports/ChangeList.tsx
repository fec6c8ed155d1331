import { Box } from "@mui/material";
import { useLocale, useTranslate } from "react-admin";
import type { Change } from "./importResult";
import { locationText } from "./locationText";

/** Each change of a report: the field's label in the UI language, before → after, and where. */
export function ChangeList({ changes }: { changes: Change[] }) {
  const locale = useLocale();
  const translate = useTranslate();
  if (changes.length === 0) return null;
  const empty = translate("sosei.imports.emptyValue");
  return (
    <Box component="ul" sx={{ m: 0, pl: 2 }}>
      {changes.map((c, i) => (
        <li key={i}>
          <strong>{locale === "ja" ? c.labelJa : c.labelEn}</strong>: {c.before || empty} →{" "}
          {c.after || empty}{" "}
          <Box component="span" sx={{ color: "text.secondary" }}>
            ({locationText(c, translate)})
          </Box>
        </li>
      ))}
    </Box>
  );
}
