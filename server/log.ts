/** How much the server tells its log, least first; each level includes those after it. */
export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * Facts about one event. Only ids, counts, codes and kinds belong here: never a password, token,
 * join or work code, cookie or a student's name (callers pick fields, nothing is copied wholesale).
 */
export type LogFields = Record<string, string | number | boolean | null | undefined>;

/** Writes one JSON line per event that matters; made once in `createApp` and handed to what logs. */
export interface Logger {
  debug(event: string, fields?: LogFields): void;
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  /** A server error: the line carries the error's name, message and stack. */
  error(event: string, fields?: LogFields, error?: unknown): void;
}

export interface LoggerOptions {
  level?: LogLevel;
  /** Where a finished line goes (without its newline); standard output by default. */
  write?: (line: string) => void;
  clock?: () => number;
}

const rank = (level: LogLevel) => LOG_LEVELS.indexOf(level);

/** The error as the log shows it: a stack only for what went wrong in the server itself. */
function describeError(error: unknown): { name: string; message: string; stack?: string } {
  if (error instanceof Error) return { name: error.name, message: error.message, ...(error.stack ? { stack: error.stack } : {}) };
  return { name: 'NonError', message: String(error) };
}

/** A logger of JSON lines (`time`, `level`, `event`, the fields) at `level` and above. */
export function createLogger(options: LoggerOptions = {}): Logger {
  const threshold = rank(options.level ?? 'info');
  const write = options.write ?? ((line: string) => void process.stdout.write(`${line}\n`));
  const clock = options.clock ?? Date.now;
  const emit = (level: Exclude<LogLevel, 'silent'>, event: string, fields: LogFields = {}, error?: unknown) => {
    if (rank(level) < threshold) return;
    const head = { time: new Date(clock()).toISOString(), level, event };
    // The head first in the line, and a field cannot overwrite it.
    const line: Record<string, unknown> = Object.assign({ ...head }, fields, head);
    if (error !== undefined) line.error = describeError(error);
    write(JSON.stringify(line));
  };
  return {
    debug: (event, fields) => emit('debug', event, fields),
    info: (event, fields) => emit('info', event, fields),
    warn: (event, fields) => emit('warn', event, fields),
    error: (event, fields, error) => emit('error', event, fields, error),
  };
}

/** A logger that writes nothing, for code paths (and tests) that must not be noisy. */
export const silentLogger = (): Logger => createLogger({ level: 'silent' });
