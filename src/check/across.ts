/**
 * What only a folder of decrees shows: two decrees of one office and year with the same number, and
 * numbers whose dates of enactment run backwards (a later number enacted before an earlier one).
 */
import type { LoadedSource } from '../data/load';
import type { Decree } from '../data/schema';
import { findingAt, type Finding } from './finding';

export interface CheckedDecree {
  source: LoadedSource;
  decree: Decree;
}

export function checkAcrossDecrees(decrees: CheckedDecree[]): Finding[] {
  const offices = new Map<string, CheckedDecree[]>();
  for (const checked of decrees) {
    const { kantor, keputusan } = checked.decree;
    if (keputusan.nomor === null) continue;
    const key = [kantor.lembaga, kantor.wilayah, keputusan.tahun].join('\u0000').toLocaleLowerCase('id');
    offices.set(key, [...(offices.get(key) ?? []), checked]);
  }
  const findings: Finding[] = [];
  for (const group of offices.values()) {
    const byNumber = new Map<string, CheckedDecree>();
    for (const checked of group) {
      const nomor = checked.decree.keputusan.nomor!;
      const first = byNumber.get(nomor);
      if (first) findings.push(findingAt(checked, 'error', 'same-number', ['keputusan', 'nomor'], nomor, { other: first.source.file }));
      else byNumber.set(nomor, checked);
    }
    const dated = [...byNumber.values()]
      .filter(({ decree }) => decree.ditetapkan.tanggal !== null && /^\d+/.test(decree.keputusan.nomor!))
      .sort((a, b) => sequence(a) - sequence(b));
    dated.forEach((checked, i) => {
      const earlier = dated.slice(0, i).find((before) => before.decree.ditetapkan.tanggal! > checked.decree.ditetapkan.tanggal!);
      if (!earlier) return;
      findings.push(
        findingAt(checked, 'warning', 'date-order', ['ditetapkan', 'tanggal'], checked.decree.ditetapkan.tanggal!, {
          nomor: checked.decree.keputusan.nomor!,
          other: earlier.source.file,
          otherNomor: earlier.decree.keputusan.nomor!,
          otherDate: earlier.decree.ditetapkan.tanggal!,
        }),
      );
    });
  }
  return findings;
}

function sequence({ decree }: CheckedDecree): number {
  return Number(/^\d+/.exec(decree.keputusan.nomor!)![0]);
}
