// Fails when a source file renders HTML from strings or binds inline styles: the patterns that
// Trusted Types cannot stop (they pass through Lit's own policy) or that a strict CSP blocks.
// It also catches what the ESLint rules cannot see: property bindings such as .innerHTML=${...}.
// Usage: node scripts/check-unsafe.mjs [file or folder ...]   (default: src)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

const RULES = [
  [/\bunsafe(HTML|SVG|MathML|Static)\b/, 'unsafeHTML, unsafeSVG, unsafeMathML or unsafeStatic'],
  [/lit(-html)?\/directives\/(unsafe-[\w-]+|style-map)\.js/, 'an unsafe or CSP-breaking directive'],
  [/\bstyleMap\b/, "styleMap (style-src 'self' blocks it)"],
  [/\b(inner|outer)HTML\s*=(?!=)/, 'an innerHTML/outerHTML assignment'],
  [/[.?]?(innerHTML|outerHTML|srcdoc)\s*=\s*\$\{/, 'an HTML property or srcdoc binding'],
  [/\binsertAdjacentHTML\s*\(|\bdocument\.write(ln)?\s*\(/, 'HTML inserted from a string'],
  [/\bcreateContextualFragment\s*\(|\bparseFromString\s*\(/, 'HTML parsed from a string'],
  [/\bstyle\s*=\s*["']?[^"'<>\n]*\$\{/, 'a style attribute binding'],
  [/setAttribute\(\s*["']style["']/, 'a style attribute set from script'],
  [/\beval\s*\(|\bnew\s+Function\s*\(/, 'code built from a string'],
];

const SOURCE = /\.(ts|tsx|js|mjs)$/;

function filesUnder(path) {
  if (statSync(path).isFile()) return [path];
  return readdirSync(path, { withFileTypes: true }).flatMap((entry) => {
    const child = join(path, entry.name);
    if (entry.isDirectory()) return filesUnder(child);
    return SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts') ? [child] : [];
  });
}

/** One line per finding: `file:line: what (the line)`. */
export function findUnsafeSource(paths = ['src']) {
  const findings = [];
  for (const file of paths.flatMap(filesUnder)) {
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.forEach((line, index) => {
      if (/^\s*(\/\/|\*|\/\*)/.test(line)) return;
      for (const [pattern, what] of RULES) {
        if (pattern.test(line)) {
          findings.push(`${relative('.', file)}:${index + 1}: ${what}: ${line.trim()}`);
        }
      }
    });
  }
  return findings;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const findings = findUnsafeSource(process.argv.slice(2).length ? process.argv.slice(2) : ['src']);
  for (const finding of findings) console.error(finding);
  if (findings.length) {
    console.error(`\n${findings.length} unsafe pattern(s): render text with bindings instead.`);
    process.exit(1);
  }
  console.log('No unsafe HTML, SVG, static or style bindings.');
}
