import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { check } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Every regular expression in src/ runs in linear time (issue 6): no super-linear backtracking.
//
// How: the TypeScript compiler's own parser reads every src/**/*.ts file (so a `/` in a string,
// a comment or a division is never taken for a regex), and collects
//   - every regular expression literal, with its flags;
//   - every `new RegExp(pattern, flags)` / `RegExp(...)` whose arguments can be worked out
//     without running the code: string literals, templates (String.raw too) whose parts are such
//     literals or `const`s of the same file bound to them.
// Each is checked by recheck (https://makenowjust-labs.github.io/recheck/) in its native
// backend where npm installed the platform's build (the optional dependency recheck-linux-x64 and
// its kin: a binary shipped in a registry package, nothing fetched or compiled), else in its pure
// JavaScript one; and a fuzzer's verdict of "vulnerable" is kept only when recall validation
// confirms it: the attack string it found must take more than 2 s to match (a linear pattern takes
// milliseconds on it, a quadratic one far longer). Without that, the fuzzer gave different verdicts
// from run to run on a loaded machine, and called lookbehind-guarded trims polynomial that V8 runs
// in linear time on the very attack strings it printed (80,000 repetitions: 18 ms). Checked the
// other way too: /^(a+)+$/, /\s+$/ and /^(\w+\s?)*$/ stay vulnerable. recheck decides ReDoS by automata theory, and by fuzzing (with a fixed seed here, so a run is
// repeatable) where that does not apply: lookaround, backreferences, or an automaton too large
// to build; the report says "(fuzz)" then. A regex passes when recheck calls it
// `safe` (linear); `vulnerable` (polynomial or exponential) fails with recheck's attack string,
// and `unknown` (a timeout or an unsupported feature) fails too: unproven is not linear.
//
// A `RegExp` built from values only known at run time cannot be checked here and must be listed
// in `dynamic` below with the reason it is safe; any other fails the test, so a new one is
// noticed. Allowlisted now:
//   - read-people.ts `globalOf`: `new RegExp(separator.source, flags + 'g')` copies a separator
//     regex that is a literal elsewhere in src/ (and so checked there); adding `g` changes
//     where matching starts, not how one match backtracks.
// No regex literal is allowlisted.

const require = createRequire(import.meta.url);
const native = hasNativeBuild();
process.env.RECHECK_BACKEND = native ? 'native' : 'pure';

/** Whether npm installed recheck's build for this platform (recheck-<os>-<arch>). */
function hasNativeBuild(): boolean {
  const os = ({ linux: 'linux', darwin: 'macos', win32: 'windows' } as Record<string, string>)[process.platform];
  try {
    require.resolve(`recheck-${os}-${process.arch}/package.json`);
    return os !== undefined;
  } catch {
    return false;
  }
}

interface Found {
  where: string;
  source: string;
  flags: string;
}

const dynamic: Record<string, string> = {
  'src/parse/read-people.ts: new RegExp(separator.source, separator.flags.includes(\'g\') ? separator.flags : `${separator.flags}g`)':
    'copies an already-checked literal, adding only the g flag',
};

// How the patterns in src/ stay linear (see test/property/linear-rewrites.test.ts for proof that
// each rewrite kept its meaning):
//   - a trim at the end starts only where its run starts: /(?<![\s,])[\s,]+$/, not /[\s,]+$/
//     (which retries from every blank of a long run and rescans it: quadratic);
//   - a quantified class is never followed by one that overlaps it: `\s+(\S.*)`, not `\s+(.+)`;
//   - a search for a marker anywhere (`ACTION:`) finds the marker and slices, rather than
//     matching `\s*(\S.*)$` from every occurrence;
//   - where the overlap is the point (`Names: rest`, a date-only line), a one-pass scan replaces
//     the regex (read-owners `splitLead`, read-header `dateOnlyShape`).
// No regular expression is exempt.

const { found, unresolved } = collect('src');

describe('regular expressions in src/', () => {
  it('are found (the scan works)', () => {
    expect(found.length).toBeGreaterThan(100);
  });

  it('are all literal or allowlisted when built at run time', () => {
    expect(unresolved.filter((where) => !(where in dynamic))).toEqual([]);
  });

  it('all run in linear time (recheck)', { timeout: 300_000 }, async () => {
    const problems: string[] = [];
    for (const regex of found) {
      const diagnostics = await check(regex.source, regex.flags, { timeout: 20_000, randomSeed: 1, ...(native ? { recallTimeout: 2_000 } : {}) });
      if (diagnostics.status === 'safe') continue;
      const detail =
        diagnostics.status === 'vulnerable'
          ? `${diagnostics.complexity.summary}, attack ${JSON.stringify(diagnostics.attack.pattern)}`
          : `unknown: ${JSON.stringify(diagnostics.error)}`;
      problems.push(`${regex.where}: /${regex.source}/${regex.flags}: ${detail}`);
    }
    expect(problems, 'super-linear regular expressions').toEqual([]);
  });
});

/** Every regex of the TypeScript files under a folder, and the constructions that could not be resolved. */
function collect(root: string): { found: Found[]; unresolved: string[] } {
  const found: Found[] = [];
  const unresolved: string[] = [];
  for (const file of typeScriptFiles(root)) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    const constants = constantsOf(source);
    const visit = (node: ts.Node): void => {
      const where = `${relative('.', file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
      if (ts.isRegularExpressionLiteral(node)) {
        const text = node.text;
        const end = text.lastIndexOf('/');
        found.push({ where, source: text.slice(1, end), flags: text.slice(end + 1) });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        const [pattern, flags] = node.arguments ?? [];
        const patternValue = pattern === undefined ? undefined : evaluate(pattern, constants);
        const flagsValue = flags === undefined ? '' : evaluate(flags, constants);
        if (patternValue === undefined || flagsValue === undefined) unresolved.push(`${relative('.', file)}: ${node.getText(source)}`);
        else found.push({ where, source: patternValue, flags: flagsValue });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { found, unresolved };
}

/** A `const` declaration: its initializer and the block it is visible in. */
interface Constant {
  initializer: ts.Expression;
  at: number;
  scope: ts.Node;
}

/** The `const` declarations of a file, by name; `resolve` picks the one in scope at a use. */
function constantsOf(source: ts.SourceFile): Map<string, Constant[]> {
  const out = new Map<string, Constant[]>();
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclarationList(node) && (node.flags & ts.NodeFlags.Const) !== 0) {
      for (const declaration of node.declarations) {
        if (!ts.isIdentifier(declaration.name) || !declaration.initializer) continue;
        const list = out.get(declaration.name.text) ?? [];
        list.push({ initializer: declaration.initializer, at: declaration.getStart(), scope: scopeOf(node) });
        out.set(declaration.name.text, list);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

/** The block a declaration is visible in. */
function scopeOf(node: ts.Node): ts.Node {
  let scope = node.parent;
  while (!ts.isBlock(scope) && !ts.isSourceFile(scope) && !ts.isModuleBlock(scope)) scope = scope.parent;
  return scope;
}

/** The innermost `const` of that name whose block holds the use and that is declared before it. */
function resolve(use: ts.Identifier, constants: Map<string, Constant[]>): ts.Expression | undefined {
  const at = use.getStart();
  const visible = (constants.get(use.text) ?? []).filter((c) => c.at < at && c.scope.getStart() <= at && at <= c.scope.getEnd());
  visible.sort((a, b) => b.scope.getStart() - a.scope.getStart());
  return visible[0]?.initializer;
}

/** The string value of an expression when it is known without running the code, else undefined. */
function evaluate(node: ts.Expression, constants: Map<string, Constant[]>, depth = 0): string | undefined {
  if (depth > 10) return undefined;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isParenthesizedExpression(node)) return evaluate(node.expression, constants, depth + 1);
  if (ts.isIdentifier(node)) {
    const value = resolve(node, constants);
    return value === undefined ? undefined : evaluate(value, constants, depth + 1);
  }
  if (ts.isTaggedTemplateExpression(node) && node.tag.getText() === 'String.raw') return raw(node.template, constants, depth);
  if (ts.isTemplateExpression(node)) {
    let out = node.head.text;
    for (const span of node.templateSpans) {
      const value = evaluate(span.expression, constants, depth + 1);
      if (value === undefined) return undefined;
      out += value + span.literal.text;
    }
    return out;
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = evaluate(node.left, constants, depth + 1);
    const right = evaluate(node.right, constants, depth + 1);
    return left === undefined || right === undefined ? undefined : left + right;
  }
  return undefined;
}

/** The value of a `String.raw` template: the raw text of its parts. */
function raw(template: ts.TemplateLiteral, constants: Map<string, Constant[]>, depth: number): string | undefined {
  if (ts.isNoSubstitutionTemplateLiteral(template)) return template.rawText;
  let out = template.head.rawText ?? '';
  for (const span of template.templateSpans) {
    const value = evaluate(span.expression, constants, depth + 1);
    if (value === undefined) return undefined;
    out += value + (span.literal.rawText ?? '');
  }
  return out;
}

function typeScriptFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? typeScriptFiles(join(folder, entry.name)) : entry.name.endsWith('.ts') ? [join(folder, entry.name)] : []))
    .sort();
}
