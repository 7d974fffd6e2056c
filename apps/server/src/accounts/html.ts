/**
 * The connect page's HTML: server-rendered, no scripts, one stylesheet served by Patchbay itself, so the CSP can
 * forbid everything else. Every value is escaped; no secret is ever written into a page.
 */

export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

export const stylesheetPath = '/connect-assets/connect.css';

export const stylesheet = `
:root { color-scheme: light dark; --fg: #1d232b; --muted: #5b6672; --bg: #f5f6f8; --card: #fff; --line: #d9dee4;
  --accent: #2357d9; --ok: #167a3e; --bad: #b42318; }
@media (prefers-color-scheme: dark) { :root { --fg: #e8ebef; --muted: #a3adb8; --bg: #14181d; --card: #1d232b;
  --line: #313a45; --accent: #7aa2ff; --ok: #5fd08d; --bad: #ff8a80; } }
* { box-sizing: border-box; }
body { margin: 0; min-height: 100vh; display: grid; place-items: center; background: var(--bg); color: var(--fg);
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; padding: 1rem; }
main { width: 100%; max-width: 26rem; background: var(--card); border: 1px solid var(--line); border-radius: 12px;
  padding: 2rem; box-shadow: 0 8px 24px rgb(0 0 0 / 0.06); }
h1 { font-size: 1.3rem; margin: 0 0 0.5rem; }
p { margin: 0.5rem 0; color: var(--muted); }
.brand { font-size: 0.8rem; letter-spacing: 0.08em; text-transform: uppercase; color: var(--muted); margin-bottom: 1rem; }
label { display: block; font-weight: 600; margin: 1rem 0 0.25rem; }
input[type=text], input[type=password] { width: 100%; padding: 0.6rem 0.7rem; border: 1px solid var(--line);
  border-radius: 8px; font: inherit; background: transparent; color: inherit; }
button { margin-top: 1.5rem; width: 100%; padding: 0.7rem; border: 0; border-radius: 8px; background: var(--accent);
  color: #fff; font: inherit; font-weight: 600; cursor: pointer; }
button:focus-visible, input:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.status { font-size: 2rem; line-height: 1; margin-bottom: 0.5rem; }
.ok { color: var(--ok); } .bad { color: var(--bad); }
.error { color: var(--bad); border: 1px solid var(--bad); border-radius: 8px; padding: 0.5rem 0.75rem; margin-top: 1rem; }
code { font-size: 0.9em; }
`;

export function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)} · Patchbay</title>
<link rel="stylesheet" href="${stylesheetPath}">
</head>
<body>
<main>
<div class="brand">Patchbay</div>
${body}
</main>
</body>
</html>
`;
}

export function resultPage(ok: boolean, title: string, message: string): string {
  return page(
    title,
    `<div class="status ${ok ? 'ok' : 'bad'}" aria-hidden="true">${ok ? '✓' : '✕'}</div>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(message)}</p>`,
  );
}

/** Security headers of every connect-page answer; `formTargets` are origins a form may post (or redirect) to. */
export function pageHeaders(formTargets: readonly string[] = []): Record<string, string> {
  return {
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': [
      "default-src 'none'",
      "style-src 'self'",
      "img-src 'self'",
      `form-action 'self'${formTargets.map((t) => ` ${t}`).join('')}`,
      "base-uri 'none'",
      "frame-ancestors 'none'",
    ].join('; '),
    'cache-control': 'no-store',
    // The link's one-time token is in the URL: it must not travel to the provider in a Referer.
    'referrer-policy': 'no-referrer',
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
  };
}
