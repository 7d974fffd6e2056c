import { escapeHtml, page } from '../accounts/html.js';
import type { PendingSignIn } from './interaction.js';

/** What the user is about to allow: shown on every consent page, whichever way the user was identified. */
function summary(pending: PendingSignIn, userId: string | undefined): string {
  const who =
    userId === undefined
      ? 'the user you choose below'
      : `user <strong>${escapeHtml(userId)}</strong>, with that user's connected accounts`;
  return `<h1>Allow ${escapeHtml(pending.clientName)}?</h1>
<p><strong>${escapeHtml(pending.clientName)}</strong> (<code>${escapeHtml(pending.clientId)}</code>) asks to use the
tools of the MCP server <strong>${escapeHtml(pending.server.name)}</strong>.</p>
<p>It will act as ${who}.</p>`;
}

const buttons = `<button type="submit" name="action" value="allow">Allow</button>
<button type="submit" name="action" value="deny" formnovalidate class="secondary">Deny</button>`;

/** Local single-user mode: the project key, once, proves the right to choose any user id of the project. */
export function localConsentPage(pending: PendingSignIn, action: string, error?: string): string {
  return page(
    'Sign in',
    `${summary(pending, undefined)}
<form method="post" action="${escapeHtml(action)}">
<label for="api_key">Project API key</label>
<input type="password" id="api_key" name="api_key" autocomplete="off" required>
<label for="user_id">Act as user</label>
<input type="text" id="user_id" name="user_id" value="${escapeHtml(pending.server.user_id ?? pending.hint ?? 'default')}" maxlength="256" required>
${error === undefined ? '' : `<div class="error" role="alert">${escapeHtml(error)}</div>`}
${buttons}
</form>`,
  );
}

/** The user is known (the developer's app or the identity provider said who): allow or deny. */
export function knownUserConsentPage(pending: PendingSignIn, userId: string, action: string): string {
  return page(
    'Allow access',
    `${summary(pending, userId)}
<form method="post" action="${escapeHtml(action)}">
${buttons}
</form>`,
  );
}
