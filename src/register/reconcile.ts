/**
 * `naskah check FOLDER` holds each register of numbers in the folder against the decrees beside it:
 * numbers two decrees carry, decrees whose number was never reserved, reservations never used, and
 * register entries that name a file which does not carry their number.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Finding } from '../check/finding';
import type { FindingRule } from '../check/messages';
import { loadYamlFile } from '../data/load';
import { decreesIn, readRegister, REGISTER_FILE, type NumberedDecree, type Register } from './register';

export function reconcileRegisters(folder: string): Finding[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((name) => path.basename(name) === REGISTER_FILE)
    .sort()
    .flatMap((name) => reconcile(path.join(folder, path.dirname(name))));
}

function reconcile(folder: string): Finding[] {
  const register = readRegister(folder);
  const decrees = decreesIn(folder).filter((decree): decree is Required<NumberedDecree> => decree.tahun !== undefined && decree.nomor !== undefined);
  const key = (year: number, number: number) => `${year}/${number}`;
  const carrying = new Map<string, Required<NumberedDecree>[]>();
  for (const decree of decrees) carrying.set(key(decree.tahun, decree.nomor), [...(carrying.get(key(decree.tahun, decree.nomor)) ?? []), decree]);
  const relative = (file: string) => path.relative(folder, file).split(path.sep).join('/');
  const findings: Finding[] = [];

  for (const decree of decrees) {
    const others = carrying.get(key(decree.tahun, decree.nomor))!.filter((other) => other !== decree);
    const reservation = register.reservations.find((r) => r.tahun === decree.tahun && r.nomor === decree.nomor);
    const params = { number: decree.nomor, year: decree.tahun, register: relative(register.file) };
    if (others.length > 0) findings.push(atNumber(decree, 'error', 'number-twice', { ...params, others: others.map((o) => relative(o.file)).join(', ') }));
    else if (!reservation) findings.push(atNumber(decree, 'warning', 'number-not-reserved', params));
    else if (reservation.berkas && reservation.berkas !== relative(decree.file)) {
      findings.push(atNumber(decree, 'error', 'number-other-file', { ...params, other: reservation.berkas }));
    }
  }

  register.reservations.forEach((reservation, index) => {
    const carriers = carrying.get(key(reservation.tahun, reservation.nomor)) ?? [];
    const params = { number: reservation.nomor, year: reservation.tahun, title: reservation.tentang, since: reservation.diambil };
    if (carriers.length === 0 && !reservation.berkas) findings.push(atEntry(register, index, 'reservation-unused', params));
    else if (reservation.berkas && !carriers.some((decree) => relative(decree.file) === reservation.berkas)) {
      findings.push(atEntry(register, index, 'register-file-mismatch', { ...params, other: reservation.berkas }));
    }
  });
  return findings;
}

function atNumber(decree: NumberedDecree, severity: Finding['severity'], rule: FindingRule, params: Finding['params']): Finding {
  const path = ['keputusan', 'nomor'];
  return { severity, rule, file: decree.file, ...loadYamlFile(decree.file).locate(path), path, found: String(decree.nomor), params };
}

function atEntry(register: Register, index: number, rule: FindingRule, params: Finding['params']): Finding {
  const path = ['nomor', index];
  const place = register.source?.locate(path) ?? { line: 1, column: 1 };
  return { severity: 'warning', rule, file: register.file, ...place, path: [], found: String(params?.number), params };
}
