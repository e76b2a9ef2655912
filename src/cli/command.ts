/** One `chiso` sub-command. `path` is the words that select it, e.g. ['framework', 'validate']. */
export interface Command {
  path: string[];
  /** One line for `chiso help`, in English then Vietnamese. */
  summary: string;
  usage: string;
  /** Returns the process exit code. */
  run(args: string[]): Promise<number>;
}

/** A registered command: its words, and how to load the module that implements it. */
export interface CommandEntry {
  path: string[];
  load(): Promise<Command>;
}
