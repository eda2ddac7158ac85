import type { DecreeInput } from '../../src/data/schema';
import { findingsOf, lampiranOf } from './support';

const citing = (dictum: string, appendices: number) => (data: DecreeInput) => {
  const schedule = lampiranOf(data);
  data.lampiran = Array.from({ length: appendices }, (_, i) => ({ ...schedule, kunci: `bagian-${i + 1}` }));
  data.diktum = [dictum, 'Keputusan ini mulai berlaku pada tanggal ditetapkan.'];
};

describe('a dictum citing an appendix that does not exist (appendix-citation)', () => {
  test.each<[string, string, number, string[]]>([
    // [case, dictum, appendices, citations reported]
    ['Lampiran III of two', 'sebagaimana tercantum dalam Lampiran III keputusan ini.', 2, ['Lampiran III']],
    ['Lampiran II of two', 'sebagaimana tercantum dalam Lampiran II keputusan ini.', 2, []],
    ['any Lampiran of none', 'sebagaimana tercantum dalam Lampiran keputusan ini.', 0, ['Lampiran']],
    ['Lampiran of one', 'sebagaimana tercantum dalam Lampiran keputusan ini.', 1, []],
    ['in capitals', 'sebagaimana tercantum dalam LAMPIRAN IV.', 3, ['LAMPIRAN IV']],
    ['the appendix of another instrument', 'sesuai Lampiran Peraturan Komisi Pemilihan Umum Nomor 8 Tahun 2022.', 0, []],
    ['{{lampiran 3}} of two', 'tercantum dalam {{lampiran 3}}.', 2, ['{{lampiran 3}}']],
    ['{{lampiran 2}} of two', 'tercantum dalam {{lampiran 2}}.', 2, []],
    ['{{lampiran 1}} of none', 'tercantum dalam {{lampiran 1}}.', 0, ['{{lampiran 1}}']],
    ['a key that exists', 'tercantum dalam {{lampiran bagian-2}}.', 2, []],
    ['a key that does not', 'tercantum dalam {{lampiran pedoman}}.', 2, ['{{lampiran pedoman}}']],
  ])('%s', (_, dictum, appendices, reported) => {
    const findings = findingsOf('appendix-citation', citing(dictum, appendices));
    expect(findings.map((finding) => finding.found)).toEqual(reported);
    for (const finding of findings) expect(finding).toMatchObject({ severity: 'error', path: ['diktum', 0], params: { count: appendices } });
  });
});
