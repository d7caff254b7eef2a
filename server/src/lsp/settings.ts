// The server's settings (`policyLint.*`), from initializationOptions or workspace/configuration.
// The analysis part is checked by the core (the same rules as the config file); what only the
// server uses (debounce, cache folder) is checked here. A wrong value is reported and replaced
// by its default.
import { isRecord, validateSettings, type PartialSettings, type SettingsProblem } from '../core/config';

export interface ServerSettings {
  analysis: PartialSettings;
  /** Milliseconds to wait after an edit before checking (0–5000). */
  debounceMs: number;
  /** How long one check of a document may hold the server before the rest is left unchecked. */
  timeBudgetMs: number;
  /** Folder for the on-disk corpus index; none keeps it in memory only. */
  cacheFolder?: string;
}

export const DEFAULT_DEBOUNCE_MS = 200;
export const DEFAULT_TIME_BUDGET_MS = 2000;

/** Accepts `{policyLint: {...}}`, `{...}` or nothing. */
/**
 * What the client itself puts in initializationOptions beside the settings: not settings, so not checked as settings.
 */
const CLIENT_OPTIONS = ['cacheFolder', 'workspaceTrusted'];

export function readSettings(raw: unknown): { settings: ServerSettings; problems: SettingsProblem[] } {
  const section =
    isRecord(raw) && 'policyLint' in raw
      ? raw.policyLint
      : isRecord(raw)
        ? Object.fromEntries(Object.entries(raw).filter(([key]) => !CLIENT_OPTIONS.includes(key)))
        : raw;
  const { settings: analysis, problems } = validateSettings(section);
  const value = isRecord(section) ? section : {};
  /** A duration under `analysis`, in milliseconds from min to max; the default, with a problem, otherwise. */
  const milliseconds = (key: string, min: number, max: number, fallback: number): number => {
    const given = isRecord(value.analysis) ? value.analysis[key] : undefined;
    if (given === undefined) return fallback;
    if (typeof given === 'number' && given >= min && given <= max) return given;
    problems.push({
      key: `analysis.${key}`,
      message: `analysis.${key} should be a number of milliseconds from ${min} to ${max}; using ${fallback}`,
    });
    return fallback;
  };
  const debounceMs = milliseconds('debounceMs', 0, 5000, DEFAULT_DEBOUNCE_MS);
  const timeBudgetMs = milliseconds('timeBudgetMs', 100, 60_000, DEFAULT_TIME_BUDGET_MS);
  // The client passes its storage folder as `cacheFolder` beside the settings; `cache.folder` overrides it.
  const outer = isRecord(raw) ? raw.cacheFolder : undefined;
  const inner = isRecord(value.cache) ? value.cache.folder : undefined;
  let cacheFolder: string | undefined;
  for (const [key, given] of [
    ['cache.folder', inner],
    ['cacheFolder', outer],
  ] as const) {
    if (given === undefined || given === null || given === '') continue;
    if (typeof given === 'string') {
      cacheFolder ??= given;
    } else problems.push({ key, message: `${key} should be a folder path; the corpus index is not kept on disk` });
  }
  return {
    settings: { analysis, debounceMs, timeBudgetMs, cacheFolder },
    problems: problems.map((p) => ({
      ...p,
      key: `policyLint.${p.key}`,
      message: `setting policyLint${p.key ? `.${p.key}` : ''}: ${p.message}`,
    })),
  };
}
