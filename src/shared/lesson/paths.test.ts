import { describe, expect, it } from 'vitest';
import { wordIssue, type IssueText } from './issues.ts';
import { assetProblem, decodedSegments, linkProblem, type AssetKind } from './paths.ts';

const words = (text: IssueText | null): string | null => (text === null ? null : wordIssue(text));

describe('assetProblem: files the browser loads must be in public/', () => {
  const accepted: [AssetKind, string][] = [
    ['image', '/images/foto.jpg'],
    ['image', '/images/relatiebeheer/winkel-2_b.JPEG'],
    ['image', '/x.png'],
    ['image', '/images/a.webp'],
    ['image', '/images/a.gif'],
    ['image', '/images/a.svg'],
    ['image', '/images/a.avif'],
    ['image', '/images/café.jpg'],
    ['image', '/images/mijn%20foto.jpg'],
    ['image', '/images/.verborgen/a.jpg'],
    ['video', '/videos/les.mp4'],
    ['video', '/videos/les.WEBM'],
  ];
  it.each(accepted)('%s %s is fine', (kind, value) => {
    expect(assetProblem(value, kind)).toBeNull();
  });

  const refused: [AssetKind, string, string][] = [
    ['image', 'https://example.org/x.jpg', 'geen adres van een andere site'],
    ['image', 'http://example.org/x.jpg', 'geen adres van een andere site'],
    ['image', 'HTTPS://example.org/x.jpg', 'geen adres van een andere site'],
    ['image', '//example.org/x.jpg', 'geen adres van een andere site'],
    ['image', 'javascript:alert(1)//.jpg', 'geen adres van een andere site'],
    ['image', 'data:image/png;base64,AAAA', 'geen data:-adres'],
    ['image', 'images/x.jpg', 'het pad begint met /'],
    ['image', './x.jpg', 'het pad begint met /'],
    ['image', '', 'het pad begint met /'],
    ['image', '/images/../../etc/passwd.jpg', 'geen .. in het pad'],
    ['image', '/images/%2e%2e/x.jpg', 'geen .. in het pad'],
    ['image', '/images/./x.jpg', 'geen .. in het pad'],
    ['image', '/images//x.jpg', 'geen // in het pad'],
    ['image', '/images/%2fx.jpg', 'ongeldige %-code'],
    ['image', '/images/%zz.jpg', 'ongeldige %-code'],
    ['image', '/images/%5c..%5cx.jpg', 'ongeldige %-code'],
    ['image', "/images/x.jpg');background:url('https://evil.example/x.jpg", 'alleen letters, cijfers en - _ . / %'],
    ['image', '/images/x".jpg', 'alleen letters, cijfers en - _ . / %'],
    ['image', '/images/x;y.jpg', 'alleen letters, cijfers en - _ . / %'],
    ['image', '/images/(x).jpg', 'alleen letters, cijfers en - _ . / %'],
    ['image', '/images/mijn foto.jpg', 'alleen letters, cijfers en - _ . / %'],
    ['image', '/images\\x.jpg', 'alleen letters, cijfers en - _ . / %'],
    ['image', '/images/x.jpg?v=2', 'alleen letters, cijfers en - _ . / %'],
    ['image', '/images/x.bmp', 'het bestand eindigt op .jpg, .jpeg, .png, .webp, .gif, .svg, .avif'],
    ['image', '/images/x', 'het bestand eindigt op'],
    ['image', '/images/x.mp4', 'het bestand eindigt op'],
    ['video', '/videos/les.mov', 'het bestand eindigt op .mp4, .webm'],
    ['video', '/images/x.jpg', 'het bestand eindigt op .mp4, .webm'],
    ['video', 'https://example.org/les.mp4', 'geen adres van een andere site'],
  ];
  it.each(refused)('%s %j is refused: %s', (kind, value, message) => {
    expect(words(assetProblem(value, kind))).toContain(message);
  });
});

describe('decodedSegments', () => {
  it.each([
    ['/images/a.jpg', ['images', 'a.jpg']],
    ['/images/mijn%20foto.jpg', ['images', 'mijn foto.jpg']],
    ['/a/%2e%2e/b.jpg', ['a', '..', 'b.jpg']],
    ['/a/%2Fb.jpg', null],
    ['/a/%00.jpg', null],
    ['/a/%e0.jpg', null],
  ] as const)('%s -> %j', (value, segments) => {
    expect(decodedSegments(value)).toEqual(segments);
  });
});

describe('linkProblem: links go to web pages, mail, paths and anchors', () => {
  it.each([
    'https://www.example.org/pagina?x=1#deel',
    'http://example.org',
    'HTTPS://EXAMPLE.ORG',
    'mailto:docent@school.nl',
    '/lessons/relatiebeheer/les-2',
    'les-3',
    '../andere-module/les-1',
    '#deel-2',
    '?tab=2',
    '',
    'map/pagina:met-dubbele-punt',
  ])('%j is fine', (url) => {
    expect(linkProblem(url)).toBeNull();
  });

  it.each([
    ['javascript:alert(1)', 'javascript'],
    ['JavaScript:alert(1)', 'javascript'],
    ['  javascript:alert(1)', 'javascript'],
    ['java\tscript:alert(1)', 'javascript'],
    ['java\nscript:alert(1)', 'javascript'],
    ['\u0001javascript:alert(1)', 'javascript'],
    ['data:text/html,<script>alert(1)</script>', 'data'],
    ['DATA:text/html;base64,PHNjcmlwdD4=', 'data'],
    ['vbscript:msgbox(1)', 'vbscript'],
    ['VBScript :msgbox(1)', 'vbscript'],
    ['file:///etc/passwd', 'file'],
  ])('%j is refused', (url, scheme) => {
    expect(words(linkProblem(url))).toBe(`een link met "${scheme}:" mag niet; gebruik https://, mailto:, een pad of een #anker`);
  });
});
