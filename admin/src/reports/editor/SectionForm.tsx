import { useEffect, useMemo, useRef, type ReactNode } from "react";
import { Form, SaveButton, Toolbar, useTranslate } from "react-admin";
import { useFormContext, type UseFormReturn } from "react-hook-form";
import { REPORT_IGNORED, changesBetween } from "../../conflicts/changes";
import { ConflictDialog } from "../../conflicts/ConflictDialog";
import { describeReportChange } from "../../conflicts/describeReportChange";
import type { Report } from "../../types";
import { useSectionSave, type FieldErrors } from "./useSectionSave";

type Values = Record<string, unknown>;

export interface SectionFormProps<V extends Values> {
  /** The part of the report this section edits, as form values. */
  values(report: Report): V;
  /**
   * Saves the user's edit on top of `target` (with its version): `mine` are the form's values,
   * `started` the values the edit started from, so only what the user changed is sent (a
   * re-applied edit must not undo what someone else saved). Answers with the report as saved.
   */
  write(target: Report, mine: V, started: V): Promise<Report>;
  /** The form field an API error's argument path concerns (default: the path joined by dots). */
  fieldOf?(path: (string | number)[]): string | undefined;
  children: ReactNode;
}

/** Empty text and no value are the same to the user. */
const norm = (value: unknown) => (value === "" || value === undefined ? null : value);
const same = (a: unknown, b: unknown) => JSON.stringify(norm(a)) === JSON.stringify(norm(b));

/** The values the user changed: keys of `mine` that differ from where the edit started. */
export function edited<V extends Values>(mine: V, started: V): Partial<V> {
  return Object.fromEntries(
    Object.entries(mine).filter(([key, value]) => key !== "id" && !same(value, started[key])),
  ) as Partial<V>;
}

/** Hands the form's methods to the section, which resets the form after a save or a reload. */
function FormMethods({ targetRef }: { targetRef: { current: UseFormReturn | null } }) {
  const methods = useFormContext();
  useEffect(() => {
    targetRef.current = methods;
  }, [methods, targetRef]);
  return null;
}

/** The API's field errors as react-admin's submission errors: { kpis: { 0: { value: "…" } } }. */
function submissionErrors(
  errors: FieldErrors,
  fieldOf: (path: (string | number)[]) => string | undefined,
) {
  const result: Values = {};
  for (const { path, message } of errors) {
    const field = fieldOf(path);
    if (!field) continue;
    const keys = field.split(".");
    let node = result;
    keys.slice(0, -1).forEach((key) => (node = (node[key] ??= {}) as Values));
    node[keys[keys.length - 1]!] = message;
  }
  return Object.keys(result).length ? result : undefined;
}

/**
 * A section of the report editor as a react-admin form: saves through its own mutation, shows
 * the API's errors next to their fields, and on a conflict offers reload or re-apply while what
 * the user typed stays in the form.
 */
export function SectionForm<V extends Values>({
  values,
  write,
  fieldOf,
  children,
}: SectionFormProps<V>) {
  const { report, setReport, save, conflict, closeConflict } = useSectionSave();
  const translate = useTranslate();
  const form = useRef<UseFormReturn | null>(null);
  const record = useMemo(() => ({ id: report.id, ...values(report) }), [report, values]);
  const onSubmit = async (data: Values) => {
    const started = values(report);
    const result = await save((target) => write(target, data as V, started));
    if (!Array.isArray(result)) {
      // The saved values are the form's new starting point (no longer "unsaved").
      form.current?.reset({ id: result.id, ...values(result) });
      return undefined;
    }
    return submissionErrors(result, fieldOf ?? ((path) => path.join(".")));
  };
  return (
    <Form
      record={record}
      onSubmit={onSubmit}
      resetOptions={{ keepDirtyValues: true }}
      warnWhenUnsavedChanges
    >
      <FormMethods targetRef={form} />
      {children}
      <Toolbar sx={{ mt: 1, px: 0, bgcolor: "transparent" }} disableGutters>
        <SaveButton />
      </Toolbar>
      {conflict && (
        <ConflictDialog
          lines={changesBetween(conflict.base, conflict.current, REPORT_IGNORED).map((change) =>
            describeReportChange(change, conflict.current.moneyUnit, translate),
          )}
          version={conflict.current.version}
          onClose={closeConflict}
          onReapply={async () => {
            const saved = await conflict.reapply();
            if (saved) form.current?.reset({ id: saved.id, ...values(saved) });
            return saved !== null;
          }}
          onReload={() => {
            setReport(conflict.current);
            form.current?.reset({ id: conflict.current.id, ...values(conflict.current) });
          }}
        />
      )}
    </Form>
  );
}
