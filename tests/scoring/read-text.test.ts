import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { normalizeSpace, readText } from '../../scoring/extract/text';

const doc = (body = '') => parseHTML(`<html><body>${body}</body></html>`).document as unknown as Document;

describe('readText', () => {
  it('reads inline markup, breaks and links with offsets', () => {
    const d = doc('<p id="x">One <em>two</em><br>three <a href="/four">four  five</a>.<span hidden>no</span><script>no()</script></p>');
    const { text, links } = readText(d.getElementById('x')!, 'https://example.com/a/');
    expect(text).toBe('One two three four five.');
    expect(links).toEqual([{ href: 'https://example.com/four', text: 'four five', start: 14, end: 23 }]);
  });

  // A paragraph with no child elements is read in one call; it must read exactly what the walk reads.
  it.each([
    ['plain', ['Plain text.']],
    ['runs of space', ['  lead', ' and\u00a0\u00a0inner  ', '\ntrail \u200b ']],
    ['adjacent nodes', ['joined', 'words', '', ' split ', 'again']],
    ['only space', [' ', '\n\t']],
    ['empty', []],
  ])('reads a text-only element as the walk does: %s', (_, parts) => {
    const d = doc();
    const p = d.createElement('p');
    for (const part of parts) p.appendChild(d.createTextNode(part));
    const wrapper = d.createElement('div');
    wrapper.appendChild(p);
    const whole = readText(wrapper, null).text; // walked: the wrapper has a child element
    expect(readText(p, null).text).toBe(whole);
    expect(whole).toBe(parts.join('').replace(/[\s\u00a0\u200b]+/g, ' ').trim());
  });

  it('reads nothing from a hidden or skipped text-only element', () => {
    const d = doc('<p id="h" hidden>secret</p><p id="a" aria-hidden="true">secret</p><script id="s">code()</script>');
    for (const id of ['h', 'a', 's']) expect(readText(d.getElementById(id)!, null).text).toBe('');
  });

  // With native queries, an element holding only inline markup is read through textContent; anything that makes the
  // walk differ sends it back to the walk.
  it.each([
    'Some <em>emphasis</em>, <strong>strong</strong>  and <code>code</code>.',
    '<span>nested <b><i>inline</i></b></span>\u00a0text',
    'with a <a href="/x">link</a> inside',
    'with a<br>break',
    'with <span hidden>hidden</span> and <span aria-hidden="true">unspoken</span> parts',
    'with <script>code()</script> and <style>p{}</style>',
    'block<div>inside</div>a paragraph',
  ])('reads inline markup the same with or without native queries: %s', (inner) => {
    const d = doc(`<p id="p">${inner}</p>`);
    const p = d.getElementById('p')!;
    expect(readText(p, 'https://example.com/', undefined, true)).toEqual(readText(p, 'https://example.com/'));
  });

  it('normalizeSpace equals collapsing every whitespace run, on texts of every shape', () => {
    const pieces = ['a', 'bc', ' ', '  ', '\n', '\t', '\u00a0', '\u200b', '\u2003', '\ufeff', '\r\n', '😀'];
    let seed = 3;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let i = 0; i < 5000; i++) {
      let text = '';
      for (let k = rand(12); k >= 0; k--) text += pieces[rand(pieces.length)];
      expect(normalizeSpace(text), JSON.stringify(text)).toBe(text.replace(/[\s\u00a0\u200b]+/g, ' ').trim());
    }
  });
});
