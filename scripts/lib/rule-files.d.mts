// Types for rule-files.mjs (test/generated.test.ts imports it).
import type { RuleMeta } from '../../server/src/core/checks/check';

export type Meta = RuleMeta;
export const PACKAGE_JSON: string;
export const SCHEMA: string;
export const README: string;
export const RULE_LIST: string;
export function generatedFiles(
  source: { metas: readonly Meta[]; severities: readonly string[] },
  read: (file: string) => string,
): Record<string, string>;
export function formatJson(value: unknown, indent?: string, key?: string): string;
