import type { ImportResult, UploadError } from "./importResult";

export type UploadOutcome =
  | { kind: "result"; status: number; result: ImportResult }
  | { kind: "error"; status: number; error: UploadError };

const NETWORK: UploadError = { code: "NETWORK" };

function outcomeOf(status: number, text: string): UploadOutcome {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  const answer = body as { error?: UploadError; reports?: unknown } | undefined;
  // 200 and 422 carry the report; every other answer, a coded error.
  if ((status === 200 || status === 422) && Array.isArray(answer?.reports))
    return { kind: "result", status, result: body as ImportResult };
  if (answer?.error?.code) return { kind: "error", status, error: answer.error };
  return {
    kind: "error",
    status,
    error: { code: status >= 500 ? "INTERNAL_SERVER_ERROR" : "NETWORK" },
  };
}

/**
 * Sends the files to POST /api/import as multipart/form-data. XMLHttpRequest, not fetch:
 * only it reports the upload's progress (`onProgress` gets 0…1).
 */
export function uploadImport(
  files: readonly File[],
  query: string,
  onProgress: (fraction: number) => void,
): Promise<UploadOutcome> {
  const form = new FormData();
  for (const file of files) form.append("file", file, file.name);
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/api/import${query}`);
    xhr.withCredentials = true;
    // Says "Sosei's own page" to the server's same-origin check (server/src/http/request-guards.ts).
    xhr.setRequestHeader("X-Sosei-Request", "1");
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.upload.onload = () => onProgress(1);
    xhr.onload = () => resolve(outcomeOf(xhr.status, xhr.responseText));
    xhr.onerror = () => resolve({ kind: "error", status: 0, error: NETWORK });
    xhr.send(form);
  });
}
