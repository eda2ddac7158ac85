import { differingSpan } from '../../src/check/rules/title-in-consideration';
import { cleanData, findingsOf } from './support';

const OPENING = 'bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu menetapkan Keputusan';
const OFFICE = 'Komisi Pemilihan Umum Kabupaten Sumbawa Barat';
const TITLE = cleanData().keputusan.tentang;

describe('title in the last consideration (consideration-title, consideration-office)', () => {
  test.each<[string, string, { found: string; expected: string } | null]>([
    ['the title word for word', `${OPENING} ${OFFICE} tentang ${TITLE};`, null],
    ['the title in another case', `${OPENING} ${OFFICE} tentang ${TITLE.toUpperCase()};`, null],
    [
      'a word left out ("Bebas Korupsi" for "Bebas dari Korupsi")',
      `${OPENING} ${OFFICE} tentang ${TITLE.replace('Bebas dari Korupsi', 'Bebas Korupsi')};`,
      { found: '… Bebas Korupsi …', expected: '… Bebas dari Korupsi …' },
    ],
    [
      'another year',
      `${OPENING} ${OFFICE} tentang ${TITLE.replace('Tahun 2022', 'Tahun 2021')};`,
      { found: '… Tahun 2021', expected: '… Tahun 2022' },
    ],
    ['no title at all', `${OPENING} ${OFFICE};`, { found: '', expected: TITLE }],
  ])('%s', (_, consideration, reported) => {
    const findings = findingsOf('consideration-title', (data) => {
      data.menimbang[1] = consideration;
    });
    expect(findings).toEqual(reported ? [expect.objectContaining({ severity: 'warning', path: ['menimbang', 1], found: reported.found, params: { expected: reported.expected } })] : []);
  });

  test.each<[string, string, boolean]>([
    ['the office named', `${OPENING} ${OFFICE} tentang ${TITLE};`, false],
    ['the province named instead', `${OPENING} Komisi Pemilihan Umum Provinsi Nusa Tenggara Barat tentang ${TITLE};`, true],
    ['no office named', `${OPENING} tentang ${TITLE};`, true],
  ])('%s', (_, consideration, reported) => {
    const findings = findingsOf('consideration-office', (data) => {
      data.menimbang[1] = consideration;
    });
    expect(findings).toEqual(reported ? [expect.objectContaining({ severity: 'warning', path: ['menimbang', 1], params: { office: OFFICE } })] : []);
  });

  // KPU RI 188/2019 and its other decrees: "… perlu menetapkan Keputusan Komisi Pemilihan Umum tentang …".
  test.each<[string, string, string, boolean]>([
    ['the national office in the short form', 'Republik Indonesia', `${OPENING} Komisi Pemilihan Umum tentang ${TITLE};`, false],
    ['the national office in full', 'Republik Indonesia', `${OPENING} Komisi Pemilihan Umum Republik Indonesia tentang ${TITLE};`, false],
    ['a regional office in the short form', 'Kabupaten Sumbawa Barat', `${OPENING} Komisi Pemilihan Umum tentang ${TITLE};`, true],
  ])('%s', (_, wilayah, consideration, reported) => {
    const findings = findingsOf('consideration-office', (data) => {
      data.kantor.wilayah = wilayah;
      data.menimbang[1] = consideration;
    });
    expect(findings).toHaveLength(reported ? 1 : 0);
  });

  test.each<[string, string, string, string]>([
    ['Wilayah Bebas Korupsi dan Wilayah', 'Wilayah Bebas dari Korupsi dan Wilayah', '… Bebas Korupsi …', '… Bebas dari Korupsi …'],
    ['Bebas Korupsi dan Wilayah', 'Bebas dari Korupsi dan Wilayah', 'Bebas Korupsi …', 'Bebas dari Korupsi …'],
    ['Rencana Kerja 2022', 'Rencana Strategis 2022', 'Rencana Kerja 2022', 'Rencana Strategis 2022'],
    ['Kerja', 'Rencana Kerja', 'Kerja', 'Rencana Kerja'],
    ['Rencana', 'Rencana Kerja', 'Rencana', 'Rencana Kerja'],
  ])('%j against %j', (written, title, found, expected) => {
    expect(differingSpan(written, title)).toEqual({ found, expected });
  });
});
