import DownloadIcon from "@mui/icons-material/Download";
import { Button, Menu, MenuItem } from "@mui/material";
import { useId, useState } from "react";
import { useGetIdentity, useListContext, useLocale, useTranslate } from "react-admin";
import { fiscalYearText } from "../fields/format";
import { useCurrentFiscalYear } from "../reports/useCurrentFiscalYear";
import { EXPORT_TABLES, exportUrl } from "./exportUrls";
import { useMunicipalityCode } from "./useMunicipalityCode";

/** One value of a list filter, when exactly one is chosen. */
const single = (value: unknown): string | undefined =>
  Array.isArray(value) && value.length === 1 ? String(value[0]) : undefined;

/**
 * The report list's downloads: the three CSV tables and the workbook of the fiscal year the
 * list shows (the year being worked on unless one year is filtered), of the user's municipality
 * or, for a user of every municipality, of the one filtered.
 */
export function ExportMenu() {
  const translate = useTranslate();
  const locale = useLocale();
  const menuId = useId();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const { filterValues } = useListContext();
  const { identity } = useGetIdentity();
  const current = useCurrentFiscalYear().year;
  const ownId: string | null = identity?.municipalityId ?? null;
  const code = useMunicipalityCode(ownId ?? single(filterValues.municipalityId));
  const filtered = single(filterValues.fiscalYear);
  const year = filtered ? Number(filtered) : current;
  if (year === undefined) return null;
  const yearText = fiscalYearText(year, locale);
  const item = (format: (typeof EXPORT_TABLES)[number] | "xlsx") => (
    <MenuItem
      key={format}
      component="a"
      href={exportUrl(year, format, code)}
      download
      onClick={() => setAnchor(null)}
    >
      {translate(`sosei.exports.${format === "xlsx" ? "xlsx" : `${format}Csv`}`)}
    </MenuItem>
  );
  return (
    <>
      <Button
        size="small"
        startIcon={<DownloadIcon />}
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={Boolean(anchor)}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        {translate("sosei.exports.button", { year: yearText })}
      </Button>
      <Menu
        id={menuId}
        anchorEl={anchor}
        open={Boolean(anchor)}
        onClose={() => setAnchor(null)}
        MenuListProps={{ "aria-label": translate("sosei.exports.label", { year: yearText }) }}
      >
        {EXPORT_TABLES.map(item)}
        {item("xlsx")}
      </Menu>
    </>
  );
}
