// Which config file governs a draft, which corpus folders it is checked against and with what
// settings: decided here for the language server and the CLI alike. What only one shell has comes
// in as input: the server's workspace folders, user settings and workspace trust; the CLI's
// --config, --corpus and --no-seeds.
import path from 'node:path';
import { findConfigFile, mergeAnalysisSettings, readConfigFile } from './config';
import type { AnalysisSettings, ConfigFile, ConfigFileOptions, PartialSettings } from './config';
import { seedsFolder } from './seeds';

export interface ScopeInput {
  /** The draft's absolute path; none for a document not on disk (an untitled one), which has no config file. */
  file?: string;
  /**
   * Workspace folders. The search for a config file stops at the one holding the draft, and the
   * file's corpus folders must lie inside the one holding the file. Without one (the CLI, or a
   * draft outside every workspace folder) the search goes up to the file system's root, and the
   * corpus folders must lie inside the file's repository (see readConfigFile).
   */
  roots?: readonly string[];
  /** A config file named outright (the CLI's --config), used instead of the nearest. */
  configFile?: string;
  /** False when the workspace is not trusted: no config file's corpus folders are read. */
  trusted?: boolean;
  /**
   * The shell's own settings, beneath the config file's: the server's policyLint.* settings, the
   * CLI's --corpus folders as `corpus.paths`.
   */
  user?: PartialSettings;
  /** What the user's relative corpus folders are relative to: the first workspace folder, the CLI's working folder. */
  base: string;
  /** Leave the seeds out whatever the config file says (the CLI's --no-seeds). */
  noSeeds?: boolean;
}

/** How a shell finds and reads config files: by default from disk each time; a shell may keep what it read. */
export interface ConfigSource {
  find(dir: string, stop: string | undefined): string | undefined;
  read(file: string, options: ConfigFileOptions): ConfigFile;
}

export const FROM_DISK: ConfigSource = { find: findConfigFile, read: readConfigFile };

export interface Scope {
  /** The config file that governs the draft, if any. */
  config?: ConfigFile;
  /** Corpus folders, each once: the seeds, then the user's, then the config file's. */
  folders: string[];
  /** Defaults, then the user's settings, then the config file's. */
  analysis: AnalysisSettings;
}

/** The workspace folder `p` lies in (or is), if any: the first listed, as the server has always taken it. */
export function rootOf(p: string, roots: readonly string[] = []): string | undefined {
  return roots.find((r) => p === r || p.startsWith(r + path.sep));
}

/** The config file that governs `input.file`: the one named, else the nearest up to its workspace folder. */
export function configFileOf(
  input: Pick<ScopeInput, 'file' | 'roots' | 'configFile'>,
  source = FROM_DISK,
): string | undefined {
  if (input.configFile) return path.resolve(input.configFile);
  if (!input.file) return undefined;
  const dir = path.dirname(path.resolve(input.file));
  return source.find(dir, rootOf(dir, input.roots));
}

/** The config file, corpus folders and settings that apply to one draft. */
export function scopeOf(input: ScopeInput, source = FROM_DISK): Scope {
  const file = configFileOf(input, source);
  const config = file ? source.read(file, { root: rootOf(file, input.roots), trusted: input.trusted }) : undefined;
  const fromConfig = config?.settings.corpus;
  const fromUser = input.user?.corpus;
  // The config file's choice wins over the user's, as every other setting's does; --no-seeds over both.
  const includeSeeds = !input.noSeeds && (fromConfig?.includeSeeds ?? fromUser?.includeSeeds ?? true);
  const folders = [
    ...(includeSeeds ? [seedsFolder()] : []),
    ...(fromUser?.paths ?? []).map((p) => path.resolve(input.base, p)),
    // Absolute already, relative to the file, and checked against its root by readConfigFile.
    ...(fromConfig?.paths ?? []),
  ];
  return { config, folders: [...new Set(folders)], analysis: mergeAnalysisSettings(input.user, config?.settings) };
}
