// The server's settings (`policyLint.*`), read from initializationOptions or
// workspace/configuration. A wrong value is reported and replaced by its default.

export interface Settings {
  corpus: { paths: string[]; includeSeeds: boolean };
}

export const DEFAULT_SETTINGS: Settings = { corpus: { paths: [], includeSeeds: true } };

/** Accepts `{policyLint: {...}}`, `{...}` or nothing; returns settings and what was wrong. */
export function readSettings(raw: unknown): { settings: Settings; problems: string[] } {
  const problems: string[] = [];
  let value = raw as Record<string, unknown> | undefined | null;
  if (value && typeof value === 'object' && 'policyLint' in value) value = value.policyLint as Record<string, unknown>;
  const corpus = value && typeof value === 'object' ? (value.corpus as Record<string, unknown> | undefined) : undefined;
  const settings: Settings = { corpus: { ...DEFAULT_SETTINGS.corpus } };
  if (corpus && typeof corpus === 'object') {
    if (corpus.paths !== undefined) {
      if (Array.isArray(corpus.paths) && corpus.paths.every((p) => typeof p === 'string')) settings.corpus.paths = corpus.paths as string[];
      else if (typeof corpus.paths === 'string') {
        settings.corpus.paths = [corpus.paths];
        problems.push('policyLint.corpus.paths should be a list of folders; read the single folder given.');
      } else problems.push('policyLint.corpus.paths should be a list of folder paths; ignored.');
    }
    if (corpus.includeSeeds !== undefined) {
      if (typeof corpus.includeSeeds === 'boolean') settings.corpus.includeSeeds = corpus.includeSeeds;
      else problems.push('policyLint.corpus.includeSeeds should be true or false; using true.');
    }
  }
  return { settings, problems };
}
