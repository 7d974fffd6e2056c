/**
 * A tiny browser: follows redirects by hand, keeps cookies, and submits the first form of a page. Enough to walk a
 * user through Patchbay's connect page and oidc-provider's login and consent pages.
 */

export interface Form {
  action: string;
  fields: Record<string, string>;
}

function decodeEntities(text: string): string {
  return text
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
}

/** The first form's action (absolute) and its named inputs' values. */
export function firstForm(html: string, base: string): Form | undefined {
  const form = /<form\b[^>]*action="([^"]*)"[^>]*>([\s\S]*?)<\/form>/i.exec(html);
  if (!form) return undefined;
  const fields: Record<string, string> = {};
  for (const input of (form[2] ?? '').matchAll(/<input\b[^>]*>/gi)) {
    const tag = input[0];
    const name = /\bname="([^"]*)"/.exec(tag)?.[1];
    if (name === undefined) continue;
    fields[decodeEntities(name)] = decodeEntities(/\bvalue="([^"]*)"/.exec(tag)?.[1] ?? '');
  }
  return { action: new URL(decodeEntities(form[1] ?? ''), base).toString(), fields };
}

export class Browser {
  private readonly cookies = new Map<string, string>();

  private remember(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair?.indexOf('=') ?? -1;
      if (pair === undefined || eq < 1) continue;
      this.cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
  }

  async request(url: string, init: { method?: string; form?: Record<string, string> } = {}): Promise<Response> {
    const headers = new Headers();
    if (this.cookies.size > 0) headers.set('cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    let body: string | undefined;
    if (init.form) {
      headers.set('content-type', 'application/x-www-form-urlencoded');
      body = new URLSearchParams(init.form).toString();
    }
    const response = await fetch(url, {
      method: init.method ?? (body ? 'POST' : 'GET'),
      headers,
      body,
      redirect: 'manual',
    });
    this.remember(response);
    return response;
  }

  /**
   * Follows redirects from `url` until one points at a URL for which `stop` is true (answered, not fetched) or a
   * page is reached (answered with its final URL and text).
   */
  async follow(
    start: Response,
    from: string,
    stop: (url: string) => boolean,
  ): Promise<{ stoppedAt: string } | { url: string; status: number; html: string }> {
    let response = start;
    let url = from;
    for (let hops = 0; hops < 20; hops++) {
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || location === null) {
        return { url, status: response.status, html: await response.text() };
      }
      url = new URL(location, url).toString();
      await response.body?.cancel();
      if (stop(url)) return { stoppedAt: url };
      response = await this.request(url);
    }
    throw new Error('too many redirects');
  }
}

/**
 * Signs in at oidc-provider (devInteractions: any login) and consents, from its authorisation URL; answers the
 * redirect back to the client (not fetched), i.e. Patchbay's callback with `code` and `state`.
 */
export async function authorizeAtProvider(
  browser: Browser,
  authorizationUrl: string,
  callbackPrefix: string,
  login = 'alice',
): Promise<string> {
  const isCallback = (u: string) => u.startsWith(callbackPrefix);
  let step = await browser.follow(await browser.request(authorizationUrl), authorizationUrl, isCallback);
  for (let pages = 0; pages < 5; pages++) {
    if ('stoppedAt' in step) return step.stoppedAt;
    const form = firstForm(step.html, step.url);
    if (!form)
      throw new Error(`the provider showed a page without a form (HTTP ${step.status}): ${step.html.slice(0, 300)}`);
    if ('login' in form.fields) {
      form.fields.login = login;
      form.fields.password = 'any';
    }
    step = await browser.follow(await browser.request(form.action, { form: form.fields }), form.action, isCallback);
  }
  throw new Error('the provider did not redirect back');
}
