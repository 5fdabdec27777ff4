import { escapeHtml, isSafeUrl } from './format.js';

/**
 * E-mails are described as a few blocks, rendered twice: a plain-text part (read by many simple
 * clients and screen readers) and a small accessible HTML part (lang="fr", real headings and links,
 * no images, no layout tables, inline styles only since clients drop <style>).
 */
export type EmailBlock =
  | { kind: 'paragraph'; text: string }
  /** "Date : …" lines; values may span several lines. */
  | { kind: 'details'; rows: [label: string, value: string][] }
  /** A prominent link (call to action). */
  | { kind: 'link'; label: string; url: string }
  /** A titled free-text section, e.g. the motif's instructions. */
  | { kind: 'note'; title: string; text: string };

export interface RenderedEmail {
  text: string;
  html: string;
}

const multiline = (s: string) => escapeHtml(s.trim()).replace(/\r?\n/g, '<br>\n');

function linkHtml(label: string, url: string): string {
  if (!isSafeUrl(url)) return `${escapeHtml(label)} : ${escapeHtml(url)}`;
  return `<a href="${escapeHtml(url)}" style="color:#000091;font-weight:bold">${escapeHtml(label)}</a>`;
}

function blockText(b: EmailBlock): string {
  switch (b.kind) {
    case 'paragraph':
      return b.text.trim();
    case 'details':
      return b.rows.map(([k, v]) => `${k} : ${v.trim()}`).join('\n');
    case 'link':
      return `${b.label} :\n${b.url}`;
    case 'note':
      return `${b.title} :\n${b.text.trim()}`;
  }
}

function blockHtml(b: EmailBlock): string {
  switch (b.kind) {
    case 'paragraph':
      return `<p>${multiline(b.text)}</p>`;
    case 'details':
      return `<ul style="padding-left:1.2em">\n${b.rows
        .map(([k, v]) => `<li><strong>${escapeHtml(k)} :</strong> ${multiline(v)}</li>`)
        .join('\n')}\n</ul>`;
    case 'link':
      return `<p>${linkHtml(b.label, b.url)}</p>`;
    case 'note':
      return `<h2 style="font-size:1.1em">${escapeHtml(b.title)}</h2>\n<p>${multiline(b.text)}</p>`;
  }
}

/** Text and HTML of an e-mail: a heading, the blocks, a signature line. */
export function renderEmail(heading: string, blocks: readonly EmailBlock[], signature: string): RenderedEmail {
  const text = [heading, ...blocks.map(blockText), `--\n${signature}`].join('\n\n') + '\n';
  const html = [
    '<!DOCTYPE html>',
    '<html lang="fr">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(heading)}</title>`,
    '</head>',
    '<body style="margin:0;padding:16px;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#161616;background:#ffffff">',
    `<h1 style="font-size:1.4em">${escapeHtml(heading)}</h1>`,
    ...blocks.map(blockHtml),
    `<hr>\n<p style="color:#3a3a3a">${multiline(signature)}</p>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
  return { text, html };
}
