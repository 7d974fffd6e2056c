// The one seam between the extension's logic and VS Code: everything in src/ except extension.ts and vscode-host.ts
// talks to the editor through this interface, so the logic runs (and is tested) in plain Node.

export interface PickItem<T> {
  label: string;
  description?: string | undefined;
  detail?: string | undefined;
  /** Pre-selected in a multi-select. */
  picked?: boolean | undefined;
  value: T;
}

export interface StepOptions {
  title: string;
  placeholder?: string | undefined;
  /** "Step 2 of 4" in a multi-step flow. */
  step?: number | undefined;
  totalSteps?: number | undefined;
}

export interface InputOptions extends StepOptions {
  prompt: string;
  value?: string | undefined;
  password?: boolean | undefined;
  /** A message when the value is not acceptable, else undefined. */
  validate?: ((value: string) => string | undefined) | undefined;
}

export interface Progress {
  report(message: string): void;
  /** Aborted when the person cancels the notification. */
  signal: AbortSignal;
}

export interface SecretStore {
  get(key: string): Promise<string | undefined>;
  store(key: string, value: string): Promise<void>;
  delete(key: string): Promise<void>;
}

export interface StateStore {
  get<T>(key: string): T | undefined;
  update(key: string, value: unknown): Promise<void>;
}

export interface Settings {
  serverUrl: string;
  pageSize: number;
  connectAccountTimeoutSeconds: number;
  startCommand: string;
}

export interface Log {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface Host {
  info(message: string, ...actions: string[]): Promise<string | undefined>;
  warn(message: string, ...actions: string[]): Promise<string | undefined>;
  error(message: string, ...actions: string[]): Promise<string | undefined>;
  /** A modal dialog: true only when the person chose `action`. */
  confirm(message: string, detail: string, action: string): Promise<boolean>;
  pick<T>(items: PickItem<T>[], options: StepOptions): Promise<T | undefined>;
  pickMany<T>(items: PickItem<T>[], options: StepOptions): Promise<T[] | undefined>;
  input(options: InputOptions): Promise<string | undefined>;
  withProgress<T>(title: string, task: (progress: Progress) => Promise<T>): Promise<T>;
  /** Opens an untitled editor tab with this content. */
  openDocument(content: string, language: 'json' | 'markdown'): Promise<void>;
  clipboard(text: string): Promise<void>;
  openExternal(url: string): Promise<boolean>;
  runInTerminal(name: string, command: string): void;
  showLogs(): void;
  /** The first workspace folder's path, if one is open. */
  workspaceFolder(): string | undefined;
  settings(): Settings;
  updateSetting(key: keyof Settings, value: unknown): Promise<void>;
  setContext(key: string, value: unknown): Promise<void>;
  /** The tree shows stale data: ask for the children again. */
  refreshTree(): void;
  /** The servers this extension registers with VS Code changed. */
  mcpServersChanged(): void;
  secrets: SecretStore;
  state: StateStore;
  log: Log;
}
