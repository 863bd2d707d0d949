import { createRequire } from 'node:module';

type Yaml = typeof import('yaml');

let yaml: Yaml | undefined;

/**
 * Parse YAML front matter; throws on malformed YAML as the `yaml` package does. The package is
 * loaded on the first call, not with the parser: it is a third of the parser's code, and minutes
 * seldom have front matter, so a run over files without any (the seed document, say) never
 * loads it. A plain `require`, so that parsing stays synchronous; the build leaves `yaml` out of
 * the bundle and this call finds it in `node_modules` as a dependency.
 */
export function parseYaml(text: string): unknown {
  yaml ??= createRequire(import.meta.url)('yaml') as Yaml;
  return yaml.parse(text);
}
