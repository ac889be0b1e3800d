import { describe, expect, it } from 'vitest';
import { linksFromHtml, linksFromText } from './extract-links.ts';
import { htmlToText, readHtml } from './html-text.ts';
import { isIpHost, parseWebLink, visibleHost } from './link-host.ts';

describe('links of an HTML part', () => {
  it.each([
    ['<a href="https://x.example/a">ameli.fr</a>', [{ href: 'https://x.example/a', text: 'ameli.fr' }]],
    ["<A HREF='https://x.example'>Cliquez <b>ici</b></A>", [{ href: 'https://x.example', text: 'Cliquez ici' }]],
    ['<a class=btn href=https://x.example/b>Ouvrir</a>', [{ href: 'https://x.example/b', text: 'Ouvrir' }]],
    ['<a href="https://x.example/?a=1&amp;b=2">lien</a>', [{ href: 'https://x.example/?a=1&b=2', text: 'lien' }]],
    ['<a href="  https://x.example/c\n">texte</a>', [{ href: 'https://x.example/c', text: 'texte' }]],
    ['<area href="https://x.example/map">', [{ href: 'https://x.example/map', text: '' }]],
    ['<a name="haut">sans lien</a>', []],
    [
      '<a href="https://x.example/unclosed">jamais fermé',
      [{ href: 'https://x.example/unclosed', text: 'jamais fermé' }],
    ],
    ['<abbr title="x">abbr</abbr><address>a</address>', []],
  ])('%s', (html, links) => {
    expect(linksFromHtml(html)).toEqual(links);
  });

  it('stops at the given number of links', () => {
    expect(linksFromHtml('<a href="https://x.example">x</a>'.repeat(50), 10)).toHaveLength(10);
  });
});

describe('links of a text part', () => {
  it.each([
    ['Voir https://x.example/a, merci.', ['https://x.example/a']],
    ['Site : www.x.example/page.', ['http://www.x.example/page']],
    ['(http://192.0.2.1/login)', ['http://192.0.2.1/login']],
    ['Aucun lien ici.', []],
  ])('%s', (text, hrefs) => {
    expect(linksFromText(text).map((link) => link.href)).toEqual(hrefs);
  });
});

describe('HTML made text', () => {
  it.each([
    ['<p>Bonjour&nbsp;<b>Dr</b></p><script>x()</script>', 'Bonjour\u00a0Dr'],
    ['pass<span>word</span>', 'password'],
    ['<style>p{}</style>texte<!-- caché -->visible', 'textevisible'],
    ['<title>titre</title>corps', 'corps'],
    ['<p>un</p><div>deux</div>', 'un deux'],
    ['<script>jamais fermé', ''],
    ['<SCRIPT>x()</Script>après', 'après'],
    ['a < b', 'a < b'],
  ])('%s → %j', (html, text) => {
    expect(
      htmlToText(html)
        .replace(/[ \n]+/g, ' ')
        .trim(),
    ).toBe(text);
  });

  it.each([
    ['ameli&#46;fr', 'ameli.fr'],
    ['&#x2F;', '/'],
    ['&eacute;t&eacute;', 'été'],
    ['&OElig;uvre &oelig;il', 'Œuvre œil'],
    ['&Eacute;tat &agrave; &laquo;&nbsp;jour&nbsp;&raquo;', 'État à «\u00a0jour\u00a0»'],
    ['&frac12; &hearts; &Ccedil;a', '½ ♥ Ça'],
    ['&amp &lt;b&gt;', '& <b>'],
    ['&inconnu;', '&inconnu;'],
    ['&#0;&#xD800;', '\ufffd\ufffd'],
  ])('decodes %s as %s (every HTML character reference)', (html, decoded) => {
    expect(htmlToText(html)).toBe(decoded);
  });

  it('reads the text and the links in one pass', () => {
    const { text, links } = readHtml('<p>Voir <a href="https://x.example/?a=1&amp;b=2">ameli<b>.fr</b></a></p>');
    expect(text.trim()).toBe('Voir ameli.fr');
    expect(links).toEqual([{ href: 'https://x.example/?a=1&b=2', text: 'ameli.fr' }]);
  });
});

describe('link hosts', () => {
  it.each([
    ['Accéder à ameli.fr', 'ameli.fr'],
    ['https://www.ameli.fr/assure', 'www.ameli.fr'],
    ['www.site.example', 'www.site.example'],
    ['Cliquez ici', null],
    ['version 2.0', null],
    ['facture.pdf', null],
    ['contact@ameli.fr', null],
  ])('the visible text %j shows the site %j', (text, host) => {
    expect(visibleHost(text)).toBe(host);
  });

  it.each([
    ['http://3221225994/x', '192.0.2.10', true],
    ['http://0xC0.0.2.10/', '192.0.2.10', true],
    ['http://[2001:db8::1]/', '[2001:db8::1]', true],
    ['https://AMELI.fr./', 'ameli.fr.', false],
  ])('%s has the host %s (raw IP: %s)', (href, host, ip) => {
    const url = parseWebLink(href);
    expect(url?.hostname).toBe(host);
    expect(isIpHost(url?.hostname ?? '')).toBe(ip);
  });

  it.each(['mailto:a@b.example', 'javascript:alert(1)', 'tel:+33100000000', 'pas une adresse'])(
    'ignores %s (not a web link)',
    (href) => {
      expect(parseWebLink(href)).toBeNull();
    },
  );
});
