#!/usr/bin/env python3
"""Regenerates the ingest test fixtures in this folder (the outputs are committed, so
tests need none of this). Run from the repository root:

    python3 tests/data/ingest/make_fixtures.py

Writes:
  rotherham_letter.pdf / .txt   a 4-page focused-visit letter typeset from bundled seed
                                004 with a letterhead, running header, footer with date
                                and page number, line-end hyphens (word breaks and
                                compounds), bullets and a paragraph running over a page
                                break; the .txt holds the paragraphs it must give back
  ilacs_judgements.pdf / .txt   an ILACS-style report: judgement table whose area text
                                wraps over two lines, numbered paragraphs with a hanging
                                indent, "Page N of M" footers
  image_only.pdf                a scan: one image, no text layer
  corrupt.pdf                   the letter truncated to a third and damaged
  encrypted.pdf                 needs a user password (made with qpdf, if installed)
  owner_only_encrypted.pdf      encrypted with an empty user password: readable
  enscript_bullets.pdf          enscript_bullets.txt (a hand-written letter, hard-wrapped,
                                "- " bullet items) typeset by enscript + ps2pdf, if
                                installed: monospaced, bullets inside one text block,
                                two pages with a paragraph running over the break
  binary_junk.txt, invalid_utf8.txt, windows1252.txt, crlf.txt
  govuk_page.html               a gov.uk-like page around seed 000's text
"""
import os
import random
import re
import shutil
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..', '..'))

# Helvetica advance widths (1/1000 em) for ASCII 32..126, from the standard AFM.
_W = [278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
      556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
      1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
      667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
      333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
      556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584]
SUFFIXES = ('ment', 'ments', 'tion', 'tions', 'sion', 'sions', 'ing', 'ness', 'ance', 'ence', 'ities', 'ity',
            'able', 'ible', 'ive', 'ful')


def width(text, size, bold=False):
    w = sum(_W[ord(c) - 32] if 32 <= ord(c) < 127 else 556 for c in text)
    return w * size / 1000.0 * (1.06 if bold else 1.0)


def pdf_string(text):
    data = text.encode('cp1252')  # WinAnsi: ’ • – are single bytes
    return b'(' + data.replace(b'\\', b'\\\\').replace(b'(', b'\\(').replace(b')', b'\\)') + b')'


def break_word(word, room, size):
    """Splits a word that does not fit: at its own hyphen (a compound) or before a
    suffix (a typesetter's word break). Returns (head with hyphen, tail) or None."""
    cands = []
    for i, c in enumerate(word):
        if c == '-' and 1 < i < len(word) - 2:
            cands.append((word[:i + 1], word[i + 1:]))
    for suf in SUFFIXES:
        core = word.rstrip('.,;:')
        if core.endswith(suf) and len(core) - len(suf) >= 4 and '-' not in core:
            cut = len(core) - len(suf)
            cands.append((word[:cut] + '-', word[cut:]))
    fitting = [c for c in cands if width(c[0], size) <= room]
    return max(fitting, key=lambda c: len(c[0])) if fitting else None


def wrap(text, size, first_width, width_rest, bold=False):
    lines, line, avail = [], '', first_width
    words = text.split()
    i = 0
    while i < len(words):
        word = words[i]
        candidate = word if not line else line + ' ' + word
        if width(candidate, size, bold) <= avail:
            line = candidate
            i += 1
            continue
        room = avail - width(line + ' ', size, bold) if line else avail
        split = break_word(word, room, size) if room > 12 else None
        if split:
            lines.append((line + ' ' if line else '') + split[0])
            words[i] = split[1]
        else:
            lines.append(line)
        line, avail = '', width_rest
    if line:
        lines.append(line)
    return lines


class Doc:
    """A tiny PDF writer: pages of text lines in Helvetica (WinAnsi) and images."""
    W, H = 595.0, 842.0

    def __init__(self):
        self.pages = []  # content stream bytes
        self.images = {}

    def new_page(self):
        self.pages.append([])

    def text(self, x, y, text, size, bold=False):
        font = b'/F2' if bold else b'/F1'
        self.pages[-1].append(b'BT %s %.1f Tf %.2f %.2f Td %s Tj ET' % (font, size, x, y, pdf_string(text)))

    def image(self, x, y, w, h):
        self.pages[-1].append(b'q %.1f 0 0 %.1f %.1f %.1f cm /Im1 Do Q' % (w, h, x, y))
        self.images['Im1'] = True

    def save(self, path):
        objs = []

        def add(body):
            objs.append(body)
            return len(objs)

        catalog = add(None)
        pages = add(None)
        f1 = add(b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
        f2 = add(b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>')
        img = None
        if self.images:
            pix = bytes((x * 29 + y * 53) % 256 for y in range(16) for x in range(16))
            img = add(b'<< /Type /XObject /Subtype /Image /Width 16 /Height 16 /ColorSpace /DeviceGray '
                      b'/BitsPerComponent 8 /Length %d >>\nstream\n' % len(pix) + pix + b'\nendstream')
        kids = []
        for content in self.pages:
            stream = b'\n'.join(content)
            c = add(b'<< /Length %d >>\nstream\n' % len(stream) + stream + b'\nendstream')
            res = b'<< /Font << /F1 %d 0 R /F2 %d 0 R >>' % (f1, f2)
            if img:
                res += b' /XObject << /Im1 %d 0 R >>' % img
            res += b' >>'
            kids.append(add(b'<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources %s '
                            b'/Contents %d 0 R >>' % (pages, res, c)))
        objs[catalog - 1] = b'<< /Type /Catalog /Pages %d 0 R >>' % pages
        objs[pages - 1] = (b'<< /Type /Pages /Kids [' + b' '.join(b'%d 0 R' % k for k in kids) +
                           b'] /Count %d >>' % len(kids))
        out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
        offsets = []
        for i, body in enumerate(objs, 1):
            offsets.append(len(out))
            out += b'%d 0 obj\n' % i + body + b'\nendobj\n'
        xref = len(out)
        out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
        for off in offsets:
            out += b'%010d 00000 n \n' % off
        out += b'trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, catalog, xref)
        with open(path, 'wb') as f:
            f.write(out)


class Typesetter:
    """Flows blocks down pages, with running header/footer callbacks."""
    TOP, BOTTOM, LEFT, RIGHT = 760.0, 90.0, 72.0, 523.0

    def __init__(self, doc, header, footer):
        self.doc, self.header, self.footer = doc, header, footer
        self.y = None
        self.page_no = 0

    def _new_page(self):
        self.doc.new_page()
        self.page_no += 1
        self.header(self.doc, self.page_no)
        self.footer(self.doc, self.page_no)
        self.y = self.TOP

    def _line(self, x, text, size, bold):
        lead = size * 1.3
        if self.y is None or self.y - lead < self.BOTTOM:
            self._new_page()
        self.y -= lead
        self.doc.text(x, self.y, text, size, bold)

    def block(self, text, size=11, bold=False, label=None, gap=None, indent=22):
        if self.y is not None and self.y != self.TOP:
            self.y -= size * 0.9 if gap is None else gap
        x = self.LEFT + (indent if label else 0)
        width_all = self.RIGHT - x
        for n, line in enumerate(wrap(text, size, width_all, width_all, bold)):
            if label and n == 0:
                lead = size * 1.3
                if self.y - lead < self.BOTTOM:
                    self._new_page()
                self.doc.text(self.LEFT, self.y - lead, label, size, bold)
            self._line(x, line, size, bold)

    def table(self, rows, size=11):
        col2 = self.LEFT + 250
        for area, grade in rows:
            self.y -= 8
            lines = wrap(area, size, 230, 230)
            top = self.y
            for line in lines:
                self._line(self.LEFT + 4, line, size, False)
            self.doc.text(col2, top - size * 1.3, grade, size, False)


def seed_paragraphs(name):
    """The seed's paragraphs, one string each, bullets as '\u2022 ' items, with the
    seed's own page-break damage repaired."""
    text = open(os.path.join(ROOT, 'corpus', 'reports', name), encoding='utf-8').read()
    items = []
    for raw in re.split(r'\n\s*\n', text):
        lines = [l.strip() for l in raw.strip().split('\n') if l.strip()]
        if not lines:
            continue
        if not re.match(r'[-\u25a0] ', lines[0]):
            items.append(' '.join(' '.join(lines).split()))
            continue
        for l in lines:
            if re.match(r'[-\u25a0] ', l):
                items.append('\u2022 ' + l[2:].strip())
            else:
                items[-1] += ' ' + l
    joined = []
    for p in items:
        if joined and not re.search(r'[.!?:]$', joined[-1]) and re.match(r'[a-z]', p):
            joined[-1] += ' ' + p
        else:
            joined.append(p)
    return [p.replace('**', '') for p in joined]


def letter():
    paras = seed_paragraphs('004_5afff43e7ce7bb93.txt')
    doc = Doc()

    def header(d, n):
        if n > 1:
            d.text(72, 800, 'Focused visit to Rotherham local authority children\u2019s services', 8)

    def footer(d, n):
        d.text(72, 50, '15 April 2019', 8)
        d.text(515, 50, str(n), 8)

    ts = Typesetter(doc, header, footer)
    expected = []
    for p in paras:
        if p.startswith('Ian Young'):
            ts.block('Ian Young', gap=22)
            ts.block('Her Majesty\u2019s Inspector', bold=True, gap=0)
            expected.append("Ian Young Her Majesty's Inspector")
            continue
        heading = len(p) < 70 and not p.endswith('.') and not p.startswith(('Dear', 'Yours', '15 April'))
        if p.startswith('\u2022 '):
            ts.block(p[2:].replace("'", '\u2019'), label='\u2022')
        else:
            ts.block(p.replace("'", '\u2019'), bold=heading and not p.startswith(('Ofsted', 'T 0300', 'Mr ')))
        expected.append(p)
    doc.save(os.path.join(HERE, 'rotherham_letter.pdf'))
    with open(os.path.join(HERE, 'rotherham_letter.txt'), 'w', encoding='utf-8') as f:
        f.write('\n\n'.join(expected) + '\n')
    return doc.pages


def ilacs():
    seed = open(os.path.join(ROOT, 'corpus', 'reports', '002_e52ea3f525227045.txt'), encoding='utf-8').read()
    numbered = [' '.join(m.split()) for m in re.findall(r'(?m)^(\d+\. .+)$', seed)][:14]
    rows = [('The impact of leaders on social work practice with children and families', 'Good'),
            ('The experiences and progress of children who need help and protection', 'Requires improvement to be good'),
            ('The experiences and progress of children in care', 'Good'),
            ('The experiences and progress of care leavers', 'Good'),
            ('Overall effectiveness', 'Good')]
    doc = Doc()
    total = [0]

    def header(d, n):
        pass

    def footer(d, n):
        d.text(72, 60, 'Inspection of Rutland County Council children\u2019s services', 8)
        d.text(72, 50, '3 to 14 October 2011', 8)
        d.text(470, 50, 'Page %d of @@' % n, 8)

    ts = Typesetter(doc, header, footer)
    ts.block('Inspection of Rutland County Council children\u2019s services', size=20, bold=True)
    ts.block('Inspection dates: 3 to 14 October 2011', gap=14)
    ts.y -= 14
    ts.block('Judgement', gap=0)
    doc.text(ts.LEFT + 250, ts.y, 'Grade', 11)
    ts.table(rows)
    expected = ['Inspection of Rutland County Council children\'s services',
                'Inspection dates: 3 to 14 October 2011',
                'Judgement\tGrade\n' + '\n'.join('%s\t%s' % r for r in rows)]
    ts.block('What needs to improve?', bold=True, gap=24)
    expected.append('What needs to improve?')
    for p in numbered:
        num, rest = p.split(' ', 1)
        ts.block(rest.replace("'", '\u2019'), label=num, indent=28)
        expected.append(p)
    total[0] = ts.page_no
    for content in doc.pages:
        for i, op in enumerate(content):
            content[i] = op.replace(b'@@', b'%d' % total[0])
    doc.save(os.path.join(HERE, 'ilacs_judgements.pdf'))
    with open(os.path.join(HERE, 'ilacs_judgements.txt'), 'w', encoding='utf-8') as f:
        f.write('\n\n'.join(expected) + '\n')


def others():
    doc = Doc()
    for _ in range(2):
        doc.new_page()
        doc.image(60, 80, 475, 680)
    doc.save(os.path.join(HERE, 'image_only.pdf'))

    letter_pdf = open(os.path.join(HERE, 'rotherham_letter.pdf'), 'rb').read()
    damaged = bytearray(letter_pdf[:len(letter_pdf) // 3])
    for i in range(200, len(damaged), 97):
        damaged[i] = 0x00
    open(os.path.join(HERE, 'corrupt.pdf'), 'wb').write(bytes(damaged))

    if shutil.which('qpdf'):
        src = os.path.join(HERE, 'rotherham_letter.pdf')
        subprocess.run(['qpdf', '--encrypt', 'user-secret', 'owner-secret', '256', '--', src,
                        os.path.join(HERE, 'encrypted.pdf')], check=True)
        subprocess.run(['qpdf', '--encrypt', '', 'owner-secret', '256', '--', src,
                        os.path.join(HERE, 'owner_only_encrypted.pdf')], check=True)

    rng = random.Random(7)
    open(os.path.join(HERE, 'binary_junk.txt'), 'wb').write(bytes(rng.randrange(256) for _ in range(4096)))
    open(os.path.join(HERE, 'invalid_utf8.txt'), 'wb').write(
        'Children\u2019s services in Rutland are good.\n\nThe caf\u00e9 '.encode('utf-8') +
        b'\xff\xfe broken \xc3 bytes\n\nLast paragraph.\n')
    open(os.path.join(HERE, 'windows1252.txt'), 'wb').write(
        'Children\u2019s services cost \u00a3 2 million \u2013 a caf\u00e9.\n'.encode('cp1252'))
    open(os.path.join(HERE, 'crlf.txt'), 'wb').write(
        b'First line\r\nsecond line\r\n\r\nSecond paragraph\rold Mac line\r\n')


def enscript_bullets():
    if not (shutil.which('enscript') and shutil.which('ps2pdf')):
        return
    src = os.path.join(HERE, 'enscript_bullets.txt')
    ps = subprocess.run(['enscript', '-B', '-q', '-M', 'A4', '-f', 'Courier14', '-p', '-', src],
                        check=True, capture_output=True).stdout
    subprocess.run(['ps2pdf', '-', os.path.join(HERE, 'enscript_bullets.pdf')], input=ps,
                   check=True)


def govuk_page():
    paras = seed_paragraphs('000_ca7f3efedd020b83.txt')
    body = []
    for p in paras:
        p = re.sub(r'\[([^\]]*)\]\([^)]*\)', r'\1', p)
        esc = p.replace('&', '&amp;').replace("'", '&rsquo;').replace('<', '&lt;')
        if p.startswith('### '):
            body.append('<h2 class="govuk-heading-m">%s</h2>' % esc[4:])
        elif p.startswith('## '):
            body.append('<h3>%s</h3>' % esc[3:])
        elif p.startswith('\u2022 '):
            body.append('<ul class="govuk-list govuk-list--bullet">\n  <li>%s</li>\n</ul>' % esc[2:])
        else:
            body.append('<p>%s</p>' % esc)
    page = '''<!DOCTYPE html>
<html lang="en" class="govuk-template">
<head>
  <meta charset="utf-8">
  <title>Rutland: focused visit letter - GOV.UK</title>
  <style>.govuk-header { color: #0b0c0c; } p > a::after { content: "<p>not text</p>"; }</style>
  <script>window.dataLayer = [{"page": "<p>not text</p>"}];</script>
</head>
<body class="govuk-template__body">
  <a href="#main-content" class="govuk-skip-link">Skip to main content</a>
  <div id="global-cookie-message" class="gem-c-cookie-banner" role="region" aria-label="Cookies on GOV.UK">
    <h2>Cookies on GOV.UK</h2><p>We use some essential cookies to make this website work.</p>
    <button type="submit">Accept additional cookies</button>
  </div>
  <header role="banner" class="govuk-header"><a href="/">GOV.UK</a>
    <nav><ul><li><a href="/browse">Menu</a></li><li><a href="/search">Search</a></li></ul></nav>
  </header>
  <div class="govuk-width-container">
    <div class="govuk-breadcrumbs"><ol><li>Home</li><li>Education, training and skills</li><li>Inspections</li></ol></div>
    <main class="govuk-main-wrapper" id="main-content" role="main">
      <h1 class="gem-c-title__text">Rutland&nbsp;children&#8217;s services: focused visit</h1>
      <p class="gem-c-published-dates">Published 23 February 2022</p>
      <div class="gem-c-contents-list"><h2>Contents</h2><ol><li>Headline findings</li></ol></div>
      <div class="govuk-govspeak">
%s
        <table>
          <thead><tr><th>Judgement</th><th>Grade</th></tr></thead>
          <tbody><tr><td>Overall effectiveness</td><td>Good</td></tr>
          <tr><td><p>Children in care</p></td><td>Requires improvement &amp; support</td></tr></tbody>
        </table>
      </div>
      <div class="gem-c-print-link"><button>Print this page</button></div>
      <div class="gem-c-feedback"><h2>Is this page useful?</h2><a href="#">Yes</a><a href="#">No</a>
        <p>Report a problem with this page</p></div>
    </main>
  </div>
  <footer class="govuk-footer" role="contentinfo"><h2 class="govuk-visually-hidden">Support links</h2>
    <ul><li>Help</li><li>Privacy</li><li>Cookies</li></ul><p>&copy; Crown copyright</p></footer>
</body>
</html>
''' % '\n'.join('        ' + b for b in body)
    open(os.path.join(HERE, 'govuk_page.html'), 'w', encoding='utf-8').write(page)


if __name__ == '__main__':
    letter()
    ilacs()
    others()
    enscript_bullets()
    govuk_page()
