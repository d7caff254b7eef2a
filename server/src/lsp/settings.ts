// The server's settings (`policyLint.*`), from initializationOptions or workspace/configuration.
// The analysis part is checked by the core (the same rules as the config file); what only the
// server uses (debounce, cache folder) is checked here. A wrong value is reported and replaced
// by its default.
import { validateSettings, type PartialSettings, type SettingsProblem } from '../core/config';

export interface ServerSettings {
  analysis: PartialSettings;
  /** Milliseconds to wait after an edit before checking (0–5000). */
  debounceMs: number;
}

export const DEFAULT_DEBOUNCE_MS = 200;

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
  return { settings: { analysis, debounceMs }, problems: problems.map((p) => ({ ...p, key: `policyLint.${p.key}`, message: `setting policyLint${p.key ? `.${p.key}` : ''}: ${p.message}` })) };
}
