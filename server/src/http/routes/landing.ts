import type { IncomingMessage, ServerResponse } from "node:http";
import { readCookie, SESSION_COOKIE } from "../../auth/cookies";

/**
 * "/": a signed-in browser goes on to the admin; anyone else is offered both ways in — the
 * published reports (公表資料, /public/) and the staff's sign-in — on a page without script.
 */
const PAGE = `<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>創生 Sosei</title>
<link rel="icon" href="data:,">
<style>
body { font-family: system-ui, "Hiragino Sans", "Noto Sans JP", sans-serif; margin: 0; color: #1a1a1a; background: #f5f5f5; }
main { max-width: 40rem; margin: 4rem auto; padding: 0 1rem; }
h1 { font-size: 1.75rem; margin: 0 0 .25rem; }
p { margin: 0 0 2rem; color: #555; }
ul { list-style: none; padding: 0; display: grid; gap: 1rem; }
a { display: block; padding: 1.25rem 1.5rem; border-radius: 8px; background: #fff; color: #0d47a1;
    text-decoration: none; border: 1px solid #c5cae9; font-size: 1.1rem; }
a:hover, a:focus-visible { border-color: #0d47a1; outline: 3px solid #90caf9; }
small { display: block; color: #555; font-size: .85rem; margin-top: .25rem; }
</style>
</head>
<body>
<main>
<h1>創生 Sosei</h1>
<p>地方創生関連交付金事業に係る事業実施結果報告 / Reports on regional-revitalisation grant projects</p>
<ul>
<li><a href="/public/">公表資料を見る<small>公表された報告書・集計・オープンデータ (Published reports and open data)</small></a></li>
<li><a href="/admin/login">職員のログイン<small>報告書の作成・確認・公表 (Staff sign-in)</small></a></li>
</ul>
</main>
</body>
</html>
`;

export function sendLandingPage(req: IncomingMessage, res: ServerResponse): void {
  if (readCookie(req.headers.cookie, SESSION_COOKIE)) {
    res.writeHead(302, { location: "/admin/" }).end();
    return;
  }
  res.writeHead(200, {
    "content-type": "text/html; charset=utf-8",
    "cache-control": "no-cache",
    "content-security-policy":
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'",
    "x-content-type-options": "nosniff",
    vary: "cookie",
  });
  res.end(req.method === "HEAD" ? undefined : PAGE);
}
