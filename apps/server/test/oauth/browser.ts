/**
 * The test's browser for sign-in flows: follows redirects with a cookie jar, fills and submits forms, and stops
 * where the authorization server sends it back to the client (its redirect URI), answering that URL.
 */
export class TestBrowser {
  private readonly jar = new Map<string, string>();
  /** Every page it went through, in order. */
  readonly visited: string[] = [];

  private remember(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      const expired = attributes.some((a) => /^\s*expires=/i.test(a) && Date.parse(a.split('=')[1] ?? '') < Date.now());
      if (value === '' || expired) this.jar.delete(name);
      else this.jar.set(name, value);
    }
  }

  private cookieHeader() {
    return [...this.jar].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  /** One request as a browser makes it (cookies in, cookies out, no redirect followed). */
  async request(url: string, init: { method?: string; form?: Record<string, string> } = {}) {
    this.visited.push(url);
    const headers: Record<string, string> = { cookie: this.cookieHeader() };
    let body: string | undefined;
    if (init.form !== undefined) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      headers.origin = new URL(url).origin;
      body = new URLSearchParams(init.form).toString();
    }
    const response = await fetch(url, { method: init.method ?? 'GET', headers, body, redirect: 'manual' });
    this.remember(response);
    return response;
  }

  /**
   * Goes to `url` and follows redirects; on a page with a form, `fill` answers the fields to submit (or undefined
   * to stop there). Answers the client redirect URI reached, or the last response when it stops elsewhere.
   */
  async signIn(
    url: string,
    redirectUri: string,
    fill: (page: string, pageUrl: string) => Record<string, string> | undefined,
    /** Rewrites a URL before it is followed (e.g. to add what another site's session would know). */
    rewrite: (url: string) => string = (url) => url,
  ): Promise<{ callback: URL } | { stopped: Response; body: string }> {
    let response = await this.request(url);
    let at = url;
    for (let hops = 0; hops < 20; hops++) {
      const location = response.headers.get('location');
      if (location !== null) {
        const next = rewrite(new URL(location, at).toString());
        if (next.startsWith(redirectUri)) return { callback: new URL(next) };
        at = next;
        response = await this.request(next);
        continue;
      }
      const body = await response.text();
      const form = /<form\b([^>]*)>/i.exec(body)?.[1] ?? '';
      const action = /method="post"/i.test(form) ? /action="([^"]*)"/.exec(form)?.[1] : undefined;
      const fields = action === undefined ? undefined : fill(body, at);
      if (action === undefined || fields === undefined) return { stopped: response, body };
      // Hidden inputs go along, as a browser sends them.
      const hidden: Record<string, string> = {};
      for (const input of body.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)) {
        hidden[input[1] ?? ''] = input[2] ?? '';
      }
      at = new URL(action.replaceAll('&amp;', '&'), at).toString();
      response = await this.request(at, { method: 'POST', form: { ...hidden, ...fields } });
    }
    throw new Error('too many redirects');
  }
}
