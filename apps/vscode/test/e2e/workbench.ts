import type { Locator, Page } from 'playwright-core';

/** Drives VS Code's workbench the way a person does: the command palette, quick picks, notifications. */
export class Workbench {
  constructor(readonly page: Page) {}

  get quickInput(): Locator {
    return this.page.locator('.quick-input-widget');
  }

  async ready(): Promise<void> {
    await this.page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await this.page.locator('.part.statusbar').waitFor({ timeout: 60_000 });
  }

  /** Opens the palette and runs a command by its full title ("Patchbay: Set API Key"). */
  async command(title: string): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      await this.page.keyboard.press('Escape');
      await this.page.keyboard.press('F1');
      const input = this.quickInput.locator('input');
      await input.waitFor({ state: 'visible', timeout: 10_000 });
      await input.fill(`>${title}`);
      const row = this.row(title);
      try {
        await row.waitFor({ state: 'visible', timeout: 10_000 });
        await row.click({ force: true });
        return;
      } catch (error) {
        // The extension's commands appear once the extension host is up.
        if (attempt >= 5) throw error;
        await this.page.waitForTimeout(2_000);
      }
    }
  }

  /** A row of the open quick pick whose label is exactly `label`. */
  row(label: string): Locator {
    return this.quickInput
      .locator('.monaco-list-row')
      .filter({ has: this.page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(label)}$`) }) })
      .first();
  }

  /** Waits for the quick input to show `text` in its title, its prompt or its placeholder. */
  async prompt(text: string): Promise<void> {
    const shown = this.quickInput
      .locator('.quick-input-title, .quick-input-message', { hasText: text })
      .or(this.quickInput.locator(`input[placeholder*="${text.replace(/"/g, '\\"')}"]`));
    await shown.first().waitFor({ state: 'visible', timeout: 20_000 });
  }

  async type(text: string): Promise<void> {
    const input = this.quickInput.locator('input');
    await input.fill(text);
    await input.press('Enter');
  }

  async choose(label: string): Promise<void> {
    const row = this.row(label);
    await row.waitFor({ state: 'visible', timeout: 20_000 });
    await row.click({ force: true });
  }

  /** In a multi-select: filter to `label`, tick its checkbox. */
  async tick(label: string): Promise<void> {
    const input = this.quickInput.locator('input');
    await input.fill(label);
    const row = this.row(label);
    await row.waitFor({ state: 'visible', timeout: 20_000 });
    // In a multi-select, a click on the row toggles its checkbox.
    await row.click({ force: true });
    await input.fill('');
  }

  async accept(): Promise<void> {
    await this.quickInput.locator('input').press('Enter');
  }

  notification(text: string | RegExp): Locator {
    return this.page.locator('.notifications-toasts .notification-toast', { hasText: text }).first();
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
