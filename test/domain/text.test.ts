import { escapeHtml, isEmail, isHttpUrl, neutralizeFormula, normalizeEmail, normalizeText } from '../../src/domain/text';

describe('normalizeText', () => {
  it('turns a decomposed "Cẩm" into NFC', () => {
    const decomposed = 'Ca\u0302\u0309m Xuye\u0302n';
    expect(decomposed).not.toBe('Cẩm Xuyên');
    expect(normalizeText(decomposed)).toBe('Cẩm Xuyên');
    expect(normalizeText(decomposed)).toBe(normalizeText(decomposed).normalize('NFC'));
  });

  it('trims, collapses spaces and tabs, keeps newlines', () => {
    expect(normalizeText('  Tuyên \t\t truyền   CCHC \n')).toBe('Tuyên truyền CCHC');
    expect(normalizeText('Dòng 1  \r\n  Dòng 2\rDòng 3\n\nDòng 5')).toBe('Dòng 1\nDòng 2\nDòng 3\n\nDòng 5');
    expect(normalizeText('a\u00A0\u00A0b')).toBe('a b');
  });

  it('strips control and zero-width characters', () => {
    expect(normalizeText('\uFEFFa\u0000b\u0007c\u200Bd\u001Fe\u007F')).toBe('abcde');
  });
});

describe('neutralizeFormula', () => {
  it.each(['=SUM(A1:A3)', '+84912345678', '-1', '@user', ' =1+1', '\t=1', '\rabc', '\n=HYPERLINK("x")'])(
    'prefixes %j with an apostrophe', (s) => {
      expect(neutralizeFormula(s)).toBe(`'${s}`);
    });

  it.each(['Tuyên truyền = hiệu quả', '12', 'a-b', 'email@x.vn', '', "'=already"])('leaves %j alone', (s) => {
    expect(neutralizeFormula(s)).toBe(s);
  });
});

describe('escapeHtml', () => {
  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<img src=x onerror="alert('x')">&`)).toBe('&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp;');
  });

  it('leaves Vietnamese text unchanged', () => {
    expect(escapeHtml('Trung tâm Văn hóa - Truyền thông')).toBe('Trung tâm Văn hóa - Truyền thông');
  });
});

describe('emails', () => {
  it('normalises case and spaces', () => {
    expect(normalizeEmail('  CamBinh.UBND@Gmail.COM ')).toBe('cambinh.ubnd@gmail.com');
  });

  it.each(['a@b.vn', 'van.thu+cchc@hatinh.gov.vn', 'x_y@sub.domain.com'])('accepts %s', (s) => {
    expect(isEmail(s)).toBe(true);
  });

  it.each(['', 'abc', 'a@b', 'a @b.vn', 'a@@b.vn', 'a@b..vn', '@b.vn', 'a@-b.vn', 'a@b.vn,c@d.vn'])('rejects %j', (s) => {
    expect(isEmail(s)).toBe(false);
  });
});

describe('isHttpUrl', () => {
  it.each([
    'https://drive.google.com/drive/folders/1AbC_d-E?usp=sharing',
    'http://camxuyen.hatinh.gov.vn',
    'https://camxuyen.hatinh.gov.vn:8443/tin-tuc#cchc',
    'HTTPS://EXAMPLE.COM/a b'.replace(' ', '%20'),
  ])('accepts %s', (s) => {
    expect(isHttpUrl(s)).toBe(true);
  });

  it.each([
    '', 'drive.google.com/x', 'ftp://example.com', 'javascript:alert(1)', 'https://', 'https://localhost',
    'https://example.com/a b', 'https://a.gov.vn@evil.com/', 'https://example.com/"><script>', 'https:/example.com',
    'https://-bad.com', ` https://example.com`, `https://example.com/${'a'.repeat(2100)}`,
  ])('rejects %j', (s) => {
    expect(isHttpUrl(s)).toBe(false);
  });
});
