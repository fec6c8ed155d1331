/** Plain HTTP against the running test server: the publication's pages, open data, uploads. */
import { signIn } from "../../tools/support/sign-in";
import { DEMO_PASSWORD, type Api } from "./api";

export const baseOf = (api: Api) => api.url.replace(/\/graphql$/, "");

export async function cookieOf(api: Api, loginId: string): Promise<string> {
  return signIn(api.url, loginId, DEMO_PASSWORD(loginId));
}

export function get(api: Api, path: string, headers: Record<string, string> = {}) {
  return fetch(`${baseOf(api)}${path}`, { headers });
}

/** The project id of report No.n of 旭川市 (the public URLs name the project). */
export async function projectIdOf(api: Api, number: number): Promise<number> {
  const response = await get(api, "/public/municipalities/012041.json");
  const body = (await response.json()) as { reports: { number: number; url: string }[] };
  const url = body.reports.find((r) => r.number === number)!.url;
  return Number(/\/(\d+)\/$/.exec(url)![1]);
}
