import { describe, expect, it } from 'vitest';
import { agentRdvCreated } from './agent.js';
import { escapeHtml } from './format.js';
import { links, now, parisRdv, recipient } from './test-fixtures.js';
import type { RdvView } from './types.js';
import { oneTimeCode, rdvCreated } from './usager.js';

describe('escapeHtml', () => {
  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&amp;</a>`)).toBe(
      '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;',
    );
    expect(escapeHtml("MDS d'Arras — « ok »")).toBe('MDS d&#39;Arras — « ok »');
  });
});

describe('e-mail HTML', () => {
  const hostile: RdvView = {
    ...parisRdv,
    motif: { ...parisRdv.motif, name: '<script>alert(1)</script>', instructionsAfter: 'Ligne 1 <b>\nLigne 2 & "fin"' },
    lieu: { name: 'MDS <img src=x onerror=alert(1)>', address: '1 rue "A" & B', phone: null },
  };

  it('is a French, accessible document', () => {
    const { html, subject } = rdvCreated({ rdv: parisRdv, recipient, links, now }).email;
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="fr">/);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain(`<title>${escapeHtml(subject)}</title>`);
    expect(html).toContain(`<h1 style="font-size:1.4em">${escapeHtml(subject)}</h1>`);
    expect(html).toContain('<h2 style="font-size:1.1em">À savoir pour ce rendez-vous</h2>');
    expect(html).toContain(`<a href="${escapeHtml(links.manageUrl)}"`);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<table');
  });

  it('escapes every value coming from configuration or usagers', () => {
    const { html, text } = rdvCreated({ rdv: hostile, recipient: { firstName: '<i>Léa</i>', lastName: 'D' }, links, now }).email;
    expect(html).not.toMatch(/<script|<img|<b>|<i>/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Ligne 1 &lt;b&gt;<br>\nLigne 2 &amp; &quot;fin&quot;');
    expect(html).toContain('Bonjour &lt;i&gt;Léa&lt;/i&gt; D,');
    // The text part is plain text: no escaping there.
    expect(text).toContain('Motif : <script>alert(1)</script> (PMI)');
    const agent = agentRdvCreated({ rdv: hostile, agent: recipient, usagers: [{ firstName: '<u>X</u>', lastName: 'Y' }], adminUrl: 'https://a/b?x=1&y=2', now });
    expect(agent.html).not.toMatch(/<script|<img|<u>/);
    expect(agent.html).toContain('href="https://a/b?x=1&amp;y=2"');
  });

  it('only http(s) URLs become links', () => {
    const rdv: RdvView = { ...parisRdv, lieu: null, visioUrl: 'javascript:alert(1)', motif: { ...parisRdv.motif, locationType: 'visio' } };
    const { html } = rdvCreated({ rdv, recipient, links: { ...links, manageUrl: 'javascript:alert(2)' }, now }).email;
    expect(html).not.toContain('href="javascript');
    expect(html).toContain('Annuler ou déplacer mon rendez-vous : javascript:alert(2)');
  });

  it('one-time code e-mail has no attachment and shows the code', () => {
    const { html, attachments } = oneTimeCode('483920', 10).email;
    expect(attachments).toEqual([]);
    expect(html).toContain('<p>Votre code de vérification est : 483920</p>');
  });
});
