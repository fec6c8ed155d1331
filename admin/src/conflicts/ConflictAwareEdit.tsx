import { useState, type ReactNode } from "react";
import {
  Edit,
  useNotify,
  useRefresh,
  useResourceContext,
  useTranslate,
  useUpdate,
  type EditProps,
  type RaRecord,
  type UpdateParams,
} from "react-admin";
import { apiErrorBody } from "../providers/apiError";
import { changesBetween } from "./changes";
import { ConflictDialog } from "./ConflictDialog";

interface Pending {
  mine: RaRecord;
  base: RaRecord;
  current: RaRecord;
}

const IGNORED = new Set(["id", "version"]);
const shown = (value: unknown, none: string) =>
  value === null || value === undefined || value === ""
    ? none
    : Array.isArray(value)
      ? value.join(", ")
      : String(value);

/** The fields the user changed from where the edit started. */
function edits(mine: RaRecord, base: RaRecord): Record<string, unknown> {
  return Object.fromEntries(
    changesBetween(base, mine, IGNORED)
      .map((change) => String(change.path[0]))
      .map((key) => [key, mine[key]]),
  );
}

/**
 * react-admin's Edit for master data, saving at once (pessimistic), where a stale version is not
 * just an error: the dialog shows what someone else changed (extensions.current), and the user
 * reloads or applies their own changes on top; the form keeps what was typed meanwhile.
 */
export function ConflictAwareEdit({ children, ...props }: EditProps & { children: ReactNode }) {
  const resource = useResourceContext(props)!;
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [update] = useUpdate();
  const [pending, setPending] = useState<Pending | null>(null);
  const onError = (error: unknown, variables: Partial<UpdateParams>) => {
    const body = apiErrorBody(error);
    if (body?.code === "CONFLICT" && body.current && variables.data && variables.previousData) {
      setPending({
        mine: variables.data as RaRecord,
        base: variables.previousData as RaRecord,
        current: body.current as RaRecord,
      });
    } else notify((error as Error).message, { type: "error" });
  };
  const reapply = () =>
    new Promise<boolean>((resolve) => {
      const { mine, base, current } = pending!;
      const data = { ...current, ...edits(mine, base), version: current.version };
      update(
        resource,
        { id: current.id, data, previousData: current },
        {
          mutationMode: "pessimistic",
          onSuccess: () => {
            notify("ra.notification.updated", { messageArgs: { smart_count: 1 } });
            refresh();
            resolve(true);
          },
          onError: (again) => {
            notify((again as Error).message, { type: "error" });
            resolve(false);
          },
        },
      );
    });
  const lines = pending
    ? changesBetween(pending.base, pending.current, IGNORED).map((change) => {
        const field = String(change.path[0]);
        const none = translate("sosei.common.none");
        return {
          label: translate(`resources.${resource}.fields.${field}`, { _: field }),
          before: shown(change.before, none),
          after: shown(change.after, none),
        };
      })
    : [];
  return (
    <Edit {...props} mutationMode="pessimistic" mutationOptions={{ onError }}>
      {children}
      {pending && (
        <ConflictDialog
          lines={lines}
          version={Number(pending.current.version)}
          onClose={() => setPending(null)}
          onReload={refresh}
          onReapply={reapply}
        />
      )}
    </Edit>
  );
}
