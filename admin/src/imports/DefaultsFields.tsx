import { MenuItem, Stack, TextField } from "@mui/material";
import { useGetList, useLocale, useTranslate } from "react-admin";
import { fiscalYearText } from "../fields/format";
import type { ImportDefaults } from "./importResult";

const ALL = { pagination: { page: 1, perPage: 200 } };

/**
 * What a file does not state itself: the source form's text names neither its municipality,
 * its grant type nor (usually) its unit. Empty means "as the file states it".
 */
export function DefaultsFields({
  value,
  onChange,
  canChooseMunicipality,
  disabled,
}: {
  value: ImportDefaults;
  onChange: (value: ImportDefaults) => void;
  /** Only a system administrator imports for any municipality; others, for their own. */
  canChooseMunicipality: boolean;
  disabled: boolean;
}) {
  const translate = useTranslate();
  const locale = useLocale();
  const { data: years = [] } = useGetList("fiscal-years", {
    ...ALL,
    sort: { field: "year", order: "DESC" },
  });
  const { data: grantTypes = [] } = useGetList("grant-types", {
    ...ALL,
    sort: { field: "position", order: "ASC" },
  });
  const { data: municipalities = [] } = useGetList("municipalities", {
    ...ALL,
    sort: { field: "code", order: "ASC" },
  });
  const select = (
    name: keyof ImportDefaults,
    label: string,
    options: { value: string; text: string }[],
    fixed = false,
  ) => (
    <TextField
      select
      size="small"
      label={label}
      value={value[name]}
      disabled={disabled || fixed}
      onChange={(event) => onChange({ ...value, [name]: event.target.value })}
      fullWidth={false}
      // Empty shows "as the file states" rather than a bare label.
      slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
      sx={{ minWidth: 240 }}
    >
      <MenuItem value="">{translate("sosei.imports.asStated")}</MenuItem>
      {options.map((o) => (
        <MenuItem key={o.value} value={o.value}>
          {o.text}
        </MenuItem>
      ))}
    </TextField>
  );
  return (
    <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: "wrap", my: 1 }}>
      {select(
        "municipality",
        translate("sosei.imports.municipality"),
        municipalities.map((m) => ({ value: m.code, text: `${m.name} (${m.code})` })),
        !canChooseMunicipality,
      )}
      {select(
        "fiscalYear",
        translate("sosei.imports.fiscalYear"),
        years.map((y) => ({ value: String(y.year), text: fiscalYearText(y.year, locale) })),
      )}
      {select(
        "grantType",
        translate("sosei.imports.grantType"),
        grantTypes.map((g) => ({ value: g.name, text: g.name })),
      )}
      {select("unit", translate("sosei.imports.unit"), [
        { value: "千円", text: translate("sosei.units.THOUSAND_YEN") },
        { value: "円", text: translate("sosei.units.YEN") },
      ])}
    </Stack>
  );
}
