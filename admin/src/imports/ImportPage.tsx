import { Alert, AlertTitle, Button, Card, CardContent, Stack, Typography } from "@mui/material";
import { useState } from "react";
import { Title, useCanAccess, useGetIdentity, useLocale, useTranslate } from "react-admin";
import { useMunicipalityCode } from "../exports/useMunicipalityCode";
import { DefaultsFields } from "./DefaultsFields";
import { FilePicker } from "./FilePicker";
import { ImportProblems } from "./ImportProblems";
import { ImportReports } from "./ImportReports";
import { ImportSummary } from "./ImportSummary";
import { importQuery, type ImportDefaults, type UploadError } from "./importResult";
import { UploadProgress } from "./UploadProgress";
import { uploadImport, type UploadOutcome } from "./uploadImport";

const NO_DEFAULTS: ImportDefaults = { municipality: "", fiscalYear: "", grantType: "", unit: "" };

/** The server's refusal in the user's language; without a message of its own, the code's. */
function UploadFailed({ error, status }: { error: UploadError; status: number }) {
  const translate = useTranslate();
  const locale = useLocale();
  const message =
    (locale === "en" ? error.messageEn : error.messageJa) ?? translate(`errors.${error.code}`);
  return (
    <Alert severity="error" sx={{ my: 2 }}>
      <AlertTitle>{translate("sosei.imports.failed", { status: status || "-" })}</AlertTitle>
      {message}
    </Alert>
  );
}

/**
 * Imports from files (finance staff and administrators): a dry run shows what would be
 * created or changed and every problem; "apply" sends the same files again and writes
 * everything or nothing, and is offered only after a dry run without errors.
 */
export default function ImportPage() {
  const translate = useTranslate();
  const { canAccess, isPending } = useCanAccess({ action: "create", resource: "imports" });
  const { identity } = useGetIdentity();
  const ownId: string | null = identity?.municipalityId ?? null;
  const ownCode = useMunicipalityCode(ownId);
  const [files, setFiles] = useState<File[]>([]);
  const [chosen, setChosen] = useState<ImportDefaults>(NO_DEFAULTS);
  const [progress, setProgress] = useState<number | null>(null);
  const [outcome, setOutcome] = useState<UploadOutcome>();
  if (isPending) return null;
  if (!canAccess) return <Alert severity="error">{translate("errors.FORBIDDEN")}</Alert>;

  // Users of one municipality import into it; a system administrator chooses.
  const defaults = ownId === null ? chosen : { ...chosen, municipality: ownCode ?? "" };
  const busy = progress !== null;
  const result = outcome?.kind === "result" ? outcome.result : undefined;
  const canApply = !busy && result !== undefined && !result.applied && result.errorCount === 0;
  const change = () => setOutcome(undefined);
  const run = async (apply: boolean) => {
    setProgress(0);
    setOutcome(undefined);
    setOutcome(await uploadImport(files, importQuery(defaults, apply), setProgress));
    setProgress(null);
  };
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="sosei.imports.title" />
      <CardContent>
        <Typography component="h1" variant="h5" gutterBottom>
          {translate("sosei.imports.title")}
        </Typography>
        <Typography variant="body2" sx={{ mb: 2 }}>
          {translate("sosei.imports.intro")}
        </Typography>
        <Typography component="h2" variant="h6">
          {translate("sosei.imports.files")}
        </Typography>
        <FilePicker files={files} disabled={busy} onChange={(f) => (setFiles(f), change())} />
        <Typography component="h2" variant="h6" sx={{ mt: 2 }}>
          {translate("sosei.imports.defaults")}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {translate("sosei.imports.defaultsHelp")}
        </Typography>
        <DefaultsFields
          value={defaults}
          onChange={(d) => (setChosen(d), change())}
          canChooseMunicipality={ownId === null}
          disabled={busy}
        />
        <Stack direction="row" spacing={2} sx={{ mt: 2 }}>
          <Button
            variant="outlined"
            onClick={() => void run(false)}
            disabled={busy || files.length === 0}
          >
            {translate("sosei.imports.dryRun")}
          </Button>
          <Button variant="contained" onClick={() => void run(true)} disabled={!canApply}>
            {translate("sosei.imports.apply")}
          </Button>
        </Stack>
        {progress !== null && <UploadProgress fraction={progress} />}
        {outcome?.kind === "error" && (
          <UploadFailed error={outcome.error} status={outcome.status} />
        )}
        {result && (
          <>
            <ImportSummary result={result} />
            <Typography component="h2" variant="h6">
              {translate("sosei.imports.reports")}
            </Typography>
            <ImportReports reports={result.reports} />
            <Typography component="h2" variant="h6" sx={{ mt: 2 }}>
              {translate("sosei.imports.problems")}
            </Typography>
            <ImportProblems problems={result.problems} />
          </>
        )}
      </CardContent>
    </Card>
  );
}
