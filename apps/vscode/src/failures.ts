import type { ConnectionCommands } from './connection.js';
import { describeError, type ErrorAction, isErrorAction } from './errors.js';
import type { Host } from './host.js';

/** A failed command's notification: the server's message and suggested fix, and buttons that do what they name. */
export class Failures {
  constructor(
    private readonly host: Host,
    private readonly connection: ConnectionCommands,
  ) {}

  /** Shows the error with the server's suggested fix; a button does what it names. */
  async fail(error: unknown, doing: string): Promise<void> {
    const report = describeError(error, doing);
    this.host.log.error(report.message);
    if (error instanceof Error && error.stack) this.host.log.error(error.stack);
    void this.host
      .error(report.message, ...report.actions)
      .then((action) => this.act(isErrorAction(action) ? action : undefined));
  }

  private async act(action: ErrorAction | undefined): Promise<void> {
    try {
      if (action === 'Set API Key') await this.connection.setApiKey();
      else if (action === 'Connect to Server') await this.connection.connect();
      else if (action === 'Start Server') this.host.runInTerminal('Patchbay server', this.host.settings().startCommand);
      else if (action === 'Open Logs') this.host.showLogs();
    } catch (error) {
      if (!(error instanceof Error && error.name === 'Cancelled')) await this.fail(error, 'do that');
    }
  }
}
