import { formatGithub } from '../report/validate-github.js';
import { formatValidateJson } from '../report/validate-json.js';
import { formatJunit } from '../report/validate-junit.js';
import { formatSarif } from '../report/validate-sarif.js';
import type { ValidationMessage } from '../report/types.js';
import type { Locale } from '../messages/index.js';
import { VERSION } from '../version.js';
import { rules } from './rules/index.js';

/** The output formats of `minutes validate`. */
export type ReportFormat = 'stylish' | 'json' | 'github' | 'sarif' | 'junit';

/** What a report is made of: the files checked and their messages. */
export interface ReportInput {
  files: readonly string[];
  messages: readonly ValidationMessage[];
}

const descriptions: Readonly<Record<string, string>> = Object.fromEntries(rules.map((rule) => [rule.id, rule.description]));

/**
 * The report of `minutes validate` in one of its formats; colour applies to `stylish` only, and so
 * does `locale` (the messages come said already; machine formats keep their English ids and words).
 * The stylish reporter is loaded only when asked for: it measures text for a terminal, and the
 * modules that do (string-width, with its emoji expressions and segmenter) cost a tenth of a
 * second to load, a third of a warm cached run over an unchanged archive.
 */
export async function formatReport(input: ReportInput, options: { format: ReportFormat; color: 0 | 1 | 2 | 3; locale?: Locale }): Promise<string> {
  switch (options.format) {
    case 'json':
      return formatValidateJson(input.messages, input.files);
    case 'github':
      return formatGithub(input.messages);
    case 'sarif':
      return formatSarif(input.messages, { toolVersion: VERSION, ruleDescriptions: descriptions });
    case 'junit':
      return formatJunit(input.messages, input.files);
    default: {
      const { formatStylish } = await import('../report/validate-stylish.js');
      return formatStylish(input.messages, { color: options.color, ...(options.locale ? { locale: options.locale } : {}) });
    }
  }
}
