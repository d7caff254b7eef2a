// The server's settings (`policyLint.*`), from initializationOptions or workspace/configuration.
// The analysis part is checked by the core (the same rules as the config file); what only the
// server uses (debounce, cache folder) is checked here. A wrong value is reported and replaced
// by its default.
import { validateSettings, type PartialSettings, type SettingsProblem } from '../core/config';

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
export function readSettings(raw: unknown): { settings: ServerSettings; problems: SettingsProblem[] } {
  let value = raw as Record<string, unknown> | undefined | null;
  if (value && typeof value === 'object' && 'policyLint' in value) value = value.policyLint as Record<string, unknown>;
  const { settings: analysis, problems } = validateSettings(value ?? {});
  let debounceMs = DEFAULT_DEBOUNCE_MS;
  const given = value && typeof value === 'object' ? (value.analysis as Record<string, unknown> | undefined)?.debounceMs : undefined;
  if (given !== undefined) {
    if (typeof given === 'number' && given >= 0 && given <= 5000) debounceMs = given;
    else problems.push({ key: 'analysis.debounceMs', message: `analysis.debounceMs should be a number of milliseconds from 0 to 5000; using ${DEFAULT_DEBOUNCE_MS}` });
  }
  let timeBudgetMs = DEFAULT_TIME_BUDGET_MS;
  const budget = value && typeof value === 'object' ? (value.analysis as Record<string, unknown> | undefined)?.timeBudgetMs : undefined;
  if (budget !== undefined) {
    if (typeof budget === 'number' && budget >= 100 && budget <= 60_000) timeBudgetMs = budget;
    else problems.push({ key: 'analysis.timeBudgetMs', message: `analysis.timeBudgetMs should be a number of milliseconds from 100 to 60000; using ${DEFAULT_TIME_BUDGET_MS}` });
  }
  // The client passes its storage folder as `cacheFolder` beside the settings; `cache.folder` overrides it.
  const outer = raw && typeof raw === 'object' ? (raw as Record<string, unknown>).cacheFolder : undefined;
  const inner = value && typeof value === 'object' ? (value.cache as Record<string, unknown> | undefined)?.folder : undefined;
  let cacheFolder: string | undefined;
  for (const [key, given] of [['cache.folder', inner], ['cacheFolder', outer]] as const) {
    if (given === undefined || given === null || given === '') continue;
    if (typeof given === 'string') {
      cacheFolder ??= given;
    } else problems.push({ key, message: `${key} should be a folder path; the corpus index is not kept on disk` });
  }
  return { settings: { analysis, debounceMs, timeBudgetMs, cacheFolder }, problems: problems.map((p) => ({ ...p, key: `policyLint.${p.key}`, message: `setting policyLint${p.key ? `.${p.key}` : ''}: ${p.message}` })) };
}
