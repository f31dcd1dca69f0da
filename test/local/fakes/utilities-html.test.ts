import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { createFakeServices } from '../../../src/local/fakes';

const now = new Date('2024-05-06T03:00:00.000Z');

describe('Utilities.formatDate', () => {
  const { Utilities } = createFakeServices({ now }).globals;
  const instant = new Date('2024-03-31T20:05:09.007Z'); // 1 April 03:05 in Hà Nội

  it('formats the same instant in Asia/Ho_Chi_Minh and UTC', () => {
    expect(Utilities.formatDate(instant, 'Asia/Ho_Chi_Minh', 'dd/MM/yyyy HH:mm:ss')).toBe('01/04/2024 03:05:09');
    expect(Utilities.formatDate(instant, 'UTC', 'dd/MM/yyyy HH:mm:ss')).toBe('31/03/2024 20:05:09');
    expect(Utilities.formatDate(instant, 'GMT+7', 'yyyy-MM-dd')).toBe('2024-04-01');
  });

  it('supports SimpleDateFormat tokens and quoted literals', () => {
    expect(Utilities.formatDate(instant, 'Asia/Ho_Chi_Minh', "EEE, d MMM yy h:mm a 'lúc' SSS Z XXX"))
      .toBe('Mon, 1 Apr 24 3:05 AM lúc 007 +0700 +07:00');
    expect(Utilities.formatDate(instant, 'UTC', "EEEE MMMM d 'o''clock' X")).toBe("Sunday March 31 o'clock Z");
    expect(Utilities.formatDate(instant, 'America/New_York', 'HH:mm Z')).toBe('16:05 -0400');
  });

  it('rejects non-dates and bad patterns like Apps Script', () => {
    expect(() => Utilities.formatDate('2024-01-01' as unknown as Date, 'UTC', 'yyyy')).toThrow(/don't match the method signature/);
    expect(() => Utilities.formatDate(instant, 'UTC', 'yyyy-qq')).toThrow(/Illegal pattern character 'q'/);
  });

  it('accepts Dates from another realm', () => {
    const foreign = vm.runInNewContext('new Date(Date.UTC(2024, 0, 1, 17))') as Date;
    expect(foreign instanceof Date).toBe(false);
    expect(Utilities.formatDate(foreign, 'Asia/Ho_Chi_Minh', 'dd/MM/yyyy')).toBe('02/01/2024');
  });
});

describe('Utilities misc', () => {
  it('makes uuids, blobs, base64 and digests with Java-style signed bytes', () => {
    const { Utilities } = createFakeServices({ now }).globals;
    expect(Utilities.getUuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const blob = Utilities.newBlob('Đạt', 'text/plain', 'a.txt');
    expect(blob.getBytes()).toEqual([-60, -112, -31, -70, -95, 116]);
    expect(blob.getDataAsString()).toBe('Đạt');
    expect([blob.getContentType(), blob.getName()]).toEqual(['text/plain', 'a.txt']);
    const pdf = blob.getAs('application/pdf');
    expect([pdf.getName(), pdf.getContentType()]).toEqual(['a.pdf', 'application/pdf']);
    expect(Utilities.base64Encode('Đạt')).toBe('xJDhuqF0');
    expect(Utilities.newBlob(Utilities.base64Decode('xJDhuqF0')).getDataAsString()).toBe('Đạt');
    expect(() => Utilities.base64Decode('*not*')).toThrow('Could not decode string.');
    const digest = Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, 'abc');
    expect(digest.slice(0, 4)).toEqual([-70, 120, 22, -65]); // ba7816bf...
    expect(Utilities.formatString('%s có %d đơn vị (%05.1f%%)', 'Huyện', 36.9, 7.25)).toBe('Huyện có 36 đơn vị (007.3%)');
    expect(Utilities.parseCsv('a,"b,c"\n"d ""e""",f')).toEqual([['a', 'b,c'], ['d "e"', 'f']]);
  });

  it('sleep advances the fake clock instead of blocking', () => {
    const fakes = createFakeServices({ now });
    fakes.globals.Utilities.sleep(1500);
    expect(fakes.clock.now().toISOString()).toBe('2024-05-06T03:00:01.500Z');
  });
});

describe('HtmlService', () => {
  it('creates outputs from files in htmlDir and throws for missing files', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'html-'));
    writeFileSync(path.join(dir, 'Sidebar.html'), '<h1>Nộp báo cáo</h1>', 'utf8');
    const { HtmlService } = createFakeServices({ now, htmlDir: dir }).globals;
    const out = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Báo cáo').setWidth(300)
      .setSandboxMode(HtmlService.SandboxMode.IFRAME).addMetaTag('viewport', 'width=device-width');
    expect([out.getContent(), out.getTitle(), out.getWidth()]).toEqual(['<h1>Nộp báo cáo</h1>', 'Báo cáo', 300]);
    expect(out.append('<p>').getContent()).toBe('<h1>Nộp báo cáo</h1><p>');
    expect(() => HtmlService.createHtmlOutputFromFile('Missing')).toThrow('No HTML file named Missing was found.');
    expect(HtmlService.createHtmlOutput().appendUntrusted('<b>').getContent()).toBe('&lt;b&gt;');
  });
});

describe('Logger', () => {
  it('keeps lines silently with %s substitution', () => {
    const fakes = createFakeServices({ now });
    fakes.globals.Logger.log('Đã gửi %s thư tới %s', 3, 'huyện');
    fakes.globals.Logger.log({ a: 1 });
    expect(fakes.logs.lines).toEqual(['Đã gửi 3 thư tới huyện', '{"a":1}']);
    expect(fakes.globals.Logger.getLog()).toContain('huyện');
  });
});
