/** Signs in as a client does (bench and tests); returns the session cookie ("name=value"). */
export async function signIn(url: string, loginId: string, password: string): Promise<string> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query: "mutation ($l: String!, $p: String!) { login(loginId: $l, password: $p) { id } }",
      variables: { l: loginId, p: password },
    }),
  });
  const cookie = response.headers.get("set-cookie")?.split(";")[0];
  if (!cookie) throw new Error(`login as ${loginId} failed: ${await response.text()}`);
  return cookie;
}
