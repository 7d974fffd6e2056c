import type { Host, InputOptions, PickItem, Progress, Settings, StepOptions } from '../../src/host.js';

export type Prompt =
  | { kind: 'input'; options: InputOptions }
  | { kind: 'pick'; options: StepOptions; items: PickItem<unknown>[] }
  | { kind: 'pickMany'; options: StepOptions; items: PickItem<unknown>[] }
  | { kind: 'confirm'; message: string; detail: string; action: string };

export interface Message {
  level: 'info' | 'warn' | 'error';
  message: string;
  actions: string[];
}

type Answer = (prompt: Prompt) => unknown;

/**
 * A Host for tests: prompts are answered from a queue (in order, failing loudly on a prompt nobody expected), and
 * everything the logic shows is recorded.
 */
export class FakeHost implements Host {
  readonly prompts: Prompt[] = [];
  readonly messages: Message[] = [];
  readonly documents: { content: string; language: string }[] = [];
  readonly opened: string[] = [];
  readonly terminals: string[] = [];
  readonly progress: string[] = [];
  readonly contexts = new Map<string, unknown>();
  readonly secretValues = new Map<string, string>();
  readonly stateValues = new Map<string, unknown>();
  readonly logLines: string[] = [];
  clipboardText = '';
  treeRefreshes = 0;
  mcpChanges = 0;
  logsShown = 0;
  folder: string | undefined;
  settingValues: Settings = {
    serverUrl: '',
    pageSize: 20,
    connectAccountTimeoutSeconds: 30,
    startCommand: 'npm start',
  };
  /** Which button a notification's person clicks (by default none). */
  onMessage: (message: Message) => string | undefined = () => undefined;
  /** Runs a progress task; a test may abort it. */
  onProgress: (title: string, controller: AbortController) => void = () => {};
  private answers: Answer[] = [];

  /** Queues answers, one per prompt to come. */
  answer(...answers: Answer[]): this {
    this.answers.push(...answers);
    return this;
  }

  get pending(): number {
    return this.answers.length;
  }

  private next(prompt: Prompt): unknown {
    this.prompts.push(prompt);
    const answer = this.answers.shift();
    if (answer === undefined) throw new Error(`No answer queued for ${prompt.kind} ${JSON.stringify(prompt)}`);
    return answer(prompt);
  }

  private message(level: Message['level'], message: string, actions: string[]): Promise<string | undefined> {
    const m = { level, message, actions };
    this.messages.push(m);
    return Promise.resolve(this.onMessage(m));
  }

  info(message: string, ...actions: string[]) {
    return this.message('info', message, actions);
  }
  warn(message: string, ...actions: string[]) {
    return this.message('warn', message, actions);
  }
  error(message: string, ...actions: string[]) {
    return this.message('error', message, actions);
  }
  async confirm(message: string, detail: string, action: string): Promise<boolean> {
    return this.next({ kind: 'confirm', message, detail, action }) === true;
  }
  async pick<T>(items: PickItem<T>[], options: StepOptions): Promise<T | undefined> {
    return this.next({ kind: 'pick', options, items }) as T | undefined;
  }
  async pickMany<T>(items: PickItem<T>[], options: StepOptions): Promise<T[] | undefined> {
    return this.next({ kind: 'pickMany', options, items }) as T[] | undefined;
  }
  async input(options: InputOptions): Promise<string | undefined> {
    const value = this.next({ kind: 'input', options }) as string | undefined;
    if (value !== undefined) {
      const problem = options.validate?.(value);
      if (problem !== undefined) throw new Error(`The input "${value}" would not be accepted: ${problem}`);
    }
    return value;
  }
  async withProgress<T>(title: string, task: (progress: Progress) => Promise<T>): Promise<T> {
    this.progress.push(title);
    const controller = new AbortController();
    this.onProgress(title, controller);
    return task({ report: (message) => this.progress.push(message), signal: controller.signal });
  }
  async openDocument(content: string, language: 'json' | 'markdown'): Promise<void> {
    this.documents.push({ content, language });
  }
  async clipboard(text: string): Promise<void> {
    this.clipboardText = text;
  }
  async openExternal(url: string): Promise<boolean> {
    this.opened.push(url);
    return true;
  }
  runInTerminal(_name: string, command: string): void {
    this.terminals.push(command);
  }
  showLogs(): void {
    this.logsShown++;
  }
  workspaceFolder(): string | undefined {
    return this.folder;
  }
  settings(): Settings {
    return this.settingValues;
  }
  async updateSetting(key: keyof Settings, value: unknown): Promise<void> {
    this.settingValues = { ...this.settingValues, [key]: value };
  }
  async setContext(key: string, value: unknown): Promise<void> {
    this.contexts.set(key, value);
  }
  refreshTree(): void {
    this.treeRefreshes++;
  }
  mcpServersChanged(): void {
    this.mcpChanges++;
  }
  readonly secrets = {
    get: async (key: string) => this.secretValues.get(key),
    store: async (key: string, value: string) => {
      this.secretValues.set(key, value);
    },
    delete: async (key: string) => {
      this.secretValues.delete(key);
    },
  };
  readonly state = {
    get: <T>(key: string) => this.stateValues.get(key) as T | undefined,
    update: async (key: string, value: unknown) => {
      this.stateValues.set(key, value);
    },
  };
  readonly log = {
    info: (m: string) => this.logLines.push(`info ${m}`),
    warn: (m: string) => this.logLines.push(`warn ${m}`),
    error: (m: string) => this.logLines.push(`error ${m}`),
  };
}

/** Answers: type this text. */
export const type =
  (text: string): Answer =>
  () =>
    text;
/** Answers: accept the value the prompt offers. */
export const accept: Answer = (prompt) => (prompt.kind === 'input' ? (prompt.options.value ?? '') : undefined);
/** Answers: press Escape. */
export const pressEscape: Answer = () => undefined;
/** Answers: choose the item whose label or description is this. */
export const choose =
  (name: string): Answer =>
  (prompt) => {
    if (prompt.kind !== 'pick') throw new Error(`expected a pick, got ${prompt.kind}`);
    const item = prompt.items.find((i) => i.label === name || i.description === name);
    if (item === undefined) throw new Error(`no item "${name}" in ${prompt.items.map((i) => i.label).join(', ')}`);
    return item.value;
  };
/** Answers: tick these items (by label or description) and nothing else. */
export const tick =
  (...names: string[]): Answer =>
  (prompt) => {
    if (prompt.kind !== 'pickMany') throw new Error(`expected a multi-select, got ${prompt.kind}`);
    return names.map((name) => {
      const item = prompt.items.find((i) => i.label === name || i.description === name);
      if (item === undefined) throw new Error(`no item "${name}" in ${prompt.items.map((i) => i.label).join(', ')}`);
      return item.value;
    });
  };
/** Answers a modal confirm. */
export const confirm =
  (yes: boolean): Answer =>
  () =>
    yes;
