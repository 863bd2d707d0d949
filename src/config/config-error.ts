/** What a `ConfigError` is made from. */
export interface ConfigErrorOptions {
  /** The configuration file, as the user would type its path. */
  file: string;
  /** The key path inside the file (`rules.weekday-mismatch`), or undefined for the whole file. */
  key?: string | undefined;
  /** What is wrong, in one line. */
  reason: string;
}

/**
 * Malformed configuration: bad JSON, a wrong type, an unknown key or rule id. Its message is one
 * line naming the file and the key path: `.minutesrc.json: rules.x: expected ..., got "loud"`.
 */
export class ConfigError extends Error {
  override name = 'ConfigError';
  /** The configuration file, as the user would type its path. */
  readonly file: string;
  /** The key path inside the file, or undefined when the file as a whole is wrong. */
  readonly key: string | undefined;
  /** What is wrong, without the file and key. */
  readonly reason: string;

  constructor(options: ConfigErrorOptions) {
    const where = options.key === undefined || options.key === '' ? '' : `${options.key}: `;
    super(`${options.file}: ${where}${options.reason}`);
    this.file = options.file;
    this.key = options.key === '' ? undefined : options.key;
    this.reason = options.reason;
  }
}
