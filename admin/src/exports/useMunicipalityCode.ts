import { useGetOne } from "react-admin";

/** A municipality's 6-digit code (what the export and import URLs name it by), once read. */
export function useMunicipalityCode(id: string | null | undefined): string | undefined {
  const { data } = useGetOne<{ id: string; code: string }>(
    "municipalities",
    { id: id ?? "" },
    { enabled: Boolean(id) },
  );
  return id ? data?.code : undefined;
}
