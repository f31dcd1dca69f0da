import {
  formatCount, formatNumber, formatPercent, formatPlaceDate, formatShortDate, formatTwoDigits, joinVi, lowerFirst,
  nameInSentence, upperVi,
} from '../../src/domain/report-format';

describe('Vietnamese numbers', () => {
  it('groups thousands with dots', () => {
    expect([0, 7, 999, 1000, 1234, 12345, 1234567, -1234].map(formatNumber))
      .toEqual(['0', '7', '999', '1.000', '1.234', '12.345', '1.234.567', '-1.234']);
    expect(formatNumber(2.6)).toBe('3');
    expect(formatNumber(NaN)).toBe('—');
  });

  it('shows a missing value as a dash, never 0', () => {
    expect(formatCount(null)).toBe('—');
    expect(formatCount(undefined)).toBe('—');
    expect(formatCount(0)).toBe('0');
    expect(formatCount(6500)).toBe('6.500');
  });

  it('writes percentages with a decimal comma and one decimal', () => {
    expect(formatPercent(6 / 7)).toBe('85,7%');
    expect(formatPercent(31 / 35)).toBe('88,6%');
    expect(formatPercent(1)).toBe('100%');
    expect(formatPercent(0.5)).toBe('50%');
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(0.0004)).toBe('0%');
    expect(formatPercent(0.0125)).toBe('1,3%');
  });

  it('pads small counts to two digits as administrative texts do', () => {
    expect([1, 9, 10, 12, 1500].map(formatTwoDigits)).toEqual(['01', '09', '10', '12', '1.500']);
  });
});

describe('place and date line (Nghị định 30/2020)', () => {
  it('pads days below 10 and months 1 and 2 only', () => {
    expect(formatPlaceDate('Cẩm Xuyên', '2024-04-05')).toBe('Cẩm Xuyên, ngày 05 tháng 4 năm 2024');
    expect(formatPlaceDate('Cẩm Xuyên', '2024-01-16')).toBe('Cẩm Xuyên, ngày 16 tháng 01 năm 2024');
    expect(formatPlaceDate('Cẩm Xuyên', '2024-02-09')).toBe('Cẩm Xuyên, ngày 09 tháng 02 năm 2024');
    expect(formatPlaceDate('Cẩm Xuyên', '2024-03-10')).toBe('Cẩm Xuyên, ngày 10 tháng 3 năm 2024');
    expect(formatPlaceDate('Hà Tĩnh', '2024-12-31')).toBe('Hà Tĩnh, ngày 31 tháng 12 năm 2024');
    expect(formatPlaceDate('  ', '2024-12-31')).toBe('Ngày 31 tháng 12 năm 2024');
  });

  it('takes the calendar date in Vietnam, whatever the machine zone', () => {
    // 04/04 20:30 UTC is already 05/04 03:30 in Cẩm Xuyên.
    expect(formatPlaceDate('Cẩm Xuyên', new Date('2024-04-04T20:30:00Z'))).toBe('Cẩm Xuyên, ngày 05 tháng 4 năm 2024');
    expect(formatPlaceDate('Cẩm Xuyên', new Date('2024-04-04T16:59:59Z'))).toBe('Cẩm Xuyên, ngày 04 tháng 4 năm 2024');
    expect(formatShortDate(new Date('2023-12-31T17:00:00Z'))).toBe('01/01/2024');
    expect(formatShortDate('2024-04-05')).toBe('05/4/2024');
  });
});

describe('text helpers', () => {
  it('upper-cases Vietnamese in NFC, even from decomposed input', () => {
    const decomposed = 'Phòng Văn hóa và Thông tin'.normalize('NFD');
    const up = upperVi(decomposed);
    expect(up).toBe('PHÒNG VĂN HÓA VÀ THÔNG TIN');
    expect(up).toBe(up.normalize('NFC'));
  });

  it('writes names typed in capitals the way a sentence needs them', () => {
    expect(nameInSentence('PHÒNG VĂN HÓA VÀ THÔNG TIN')).toBe('Phòng Văn hóa và Thông tin');
    expect(nameInSentence('TRUNG TÂM VĂN HÓA - TRUYỀN THÔNG')).toBe('Trung tâm Văn hóa - Truyền thông');
    expect(nameInSentence('SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH')).toBe('Sở Văn hóa, Thể thao và Du lịch');
    expect(nameInSentence('UBND HUYỆN CẨM XUYÊN')).toBe('UBND huyện Cẩm Xuyên');
    expect(nameInSentence('ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH')).toBe('Ủy ban nhân dân tỉnh Hà Tĩnh');
    expect(nameInSentence(' Phòng  Văn hóa và Thông tin ')).toBe('Phòng Văn hóa và Thông tin');
    expect(nameInSentence('Phòng VH-TT')).toBe('Phòng VH-TT');
  });

  it('joins names and lowers a label inside a sentence', () => {
    expect(joinVi([])).toBe('');
    expect(joinVi(['Xã Cẩm Bình'])).toBe('Xã Cẩm Bình');
    expect(joinVi(['A', 'B'])).toBe('A và B');
    expect(joinVi(['A', 'B', 'C'])).toBe('A, B và C');
    expect(lowerFirst('Năm 2024')).toBe('năm 2024');
    expect(lowerFirst('')).toBe('');
  });
});
