// Rollup plugin: collapses the whitespace of Lit `html` and `css` tagged
// templates in the widget's own TypeScript sources (Lit itself ships minified).
// Uses the TypeScript parser, so only template text is touched, never code.
import ts from 'typescript';

// Whitespace with a newline becomes one space; none is kept between two tags
// (the widget never puts two inline elements side by side separated only by
// template indentation); `<br />` becomes `<br>` (no SVG in the widget).
const collapseHtml = (s) =>
  s
    .replace(/\s*\n\s*/g, ' ')
    .replace(/>\s+</g, '><')
    .replace(/\s*\/>/g, '>');
const collapseCss = (s) =>
  s
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/;}/g, '}');

export default function minifyTemplates({ include = /\/widget\/src\/.*\.[tj]s$/ } = {}) {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!include.test(id) || id.endsWith('.test.ts')) return null;
      const sf = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
      const edits = [];
      const visit = (node) => {
        if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && /^(html|css)$/.test(node.tag.text)) {
          const fn = node.tag.text === 'css' ? collapseCss : collapseHtml;
          const t = node.template;
          const parts = ts.isNoSubstitutionTemplateLiteral(t) ? [t] : [t.head, ...t.templateSpans.map((s) => s.literal)];
          for (const p of parts) {
            // raw text between ` or } and ` or ${
            const start = p.getStart(sf) + 1;
            const end = p.getEnd() - (p.kind === ts.SyntaxKind.TemplateHead || p.kind === ts.SyntaxKind.TemplateMiddle ? 2 : 1);
            const raw = code.slice(start, end);
            const min = fn(raw);
            if (min !== raw) edits.push([start, end, min]);
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(sf);
      if (!edits.length) return null;
      let out = code;
      for (const [s, e, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, s) + text + out.slice(e);
      return { code: out, map: null };
    },
  };
}
