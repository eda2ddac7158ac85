/**
 * `naskah tandatangani FILE.pdf --sertifikat CERT.p12`: the signed PDF beside the unsigned one, which is
 * never changed. The passphrase comes from the environment or is asked for without echo; it is never
 * taken from the command line (where other users and the shell history would see it) nor written anywhere.
 */
import { existsSync, readFileSync } from 'node:fs';
import { writeNewFileAtomically } from '../output/files';
import { readProblem } from '../problems/file-system';
import { NaskahError } from '../problems/problem';
import { areaFileOf, readSignatureArea, type SignatureArea } from '../sign/area';
import { openP12, UnreadableCertificateError, WrongPassphraseError, type Credentials } from '../sign/cades';
import { AreaOutsideError, signPdf } from '../sign/sign';

const PASSPHRASE_ENV = 'NASKAH_SANDI_SERTIFIKAT';

interface SignFileOptions {
  sertifikat: string;
  /** The signature area; by default the `.tte.json` written beside the PDF when it was built. */
  area?: string;
  /** The place of signing, for the signature dictionary. */
  tempat?: string;
  /** Asks for the passphrase on the terminal; undefined where there is none. */
  ask?: () => Promise<string>;
}

/** "kpu-…-asli.pdf" → "kpu-…-asli-tte.pdf". */
function signedFileOf(pdfFile: string): string {
  return pdfFile.replace(/\.pdf$/i, '') + '-tte.pdf';
}

export async function signFile(pdfFile: string, options: SignFileOptions): Promise<string> {
  const pdf = readInput(pdfFile);
  if (!pdf.subarray(0, 5).equals(Buffer.from('%PDF-'))) throw new NaskahError([{ file: pdfFile, key: 'sign-not-pdf' }]);
  const areaFile = options.area ?? areaFileOf(pdfFile);
  const area = readArea(areaFile, pdfFile);
  const credentials = await unlock(options);
  const target = signedFileOf(pdfFile);
  if (existsSync(target)) throw new NaskahError([{ file: target, key: 'never-overwrite' }]);
  let signed: Buffer;
  try {
    signed = await signPdf(pdf, credentials, { area, location: options.tempat ?? '', signingTime: new Date() });
  } catch (error) {
    if (error instanceof AreaOutsideError) throw new NaskahError([{ file: areaFile, key: 'sign-area-outside', detail: error.message }]);
    throw new NaskahError([{ file: pdfFile, key: 'sign-pdf-unreadable', detail: error instanceof Error ? error.message : String(error) }]);
  }
  writeNewFileAtomically(target, signed);
  return target;
}

function readInput(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    throw new NaskahError([readProblem(file, error)]);
  }
}

function readArea(areaFile: string, pdfFile: string): SignatureArea {
  if (!existsSync(areaFile)) throw new NaskahError([{ file: areaFile, key: 'sign-area-missing', found: pdfFile }]);
  try {
    return readSignatureArea(areaFile);
  } catch (error) {
    throw new NaskahError([{ file: areaFile, key: 'sign-area-invalid', detail: error instanceof Error ? error.message.split('\n')[0] : String(error) }]);
  }
}

async function unlock(options: SignFileOptions): Promise<Credentials> {
  const certificate = readInput(options.sertifikat);
  const fromEnvironment = process.env[PASSPHRASE_ENV];
  if (fromEnvironment === undefined && !options.ask) throw new NaskahError([{ file: options.sertifikat, key: 'sign-no-passphrase', detail: PASSPHRASE_ENV }]);
  const passphrase = fromEnvironment ?? (await options.ask!());
  try {
    return openP12(certificate, passphrase);
  } catch (error) {
    if (error instanceof WrongPassphraseError) throw new NaskahError([{ file: options.sertifikat, key: 'sign-wrong-passphrase' }]);
    if (error instanceof UnreadableCertificateError) throw new NaskahError([{ file: options.sertifikat, key: 'sign-certificate-unreadable', detail: error.message }]);
    throw error;
  }
}

/** Reads a line from the terminal without showing it; Ctrl-C stops naskah. */
export function askHidden(prompt: string): Promise<string> {
  return new Promise((resolve) => {
    const input = process.stdin;
    process.stderr.write(prompt);
    input.setRawMode(true);
    input.resume();
    input.setEncoding('utf8');
    let typed = '';
    const onData = (chunk: string) => {
      for (const character of chunk) {
        if (character === '\r' || character === '\n' || character === '\u0004') {
          input.setRawMode(false);
          input.pause();
          input.off('data', onData);
          process.stderr.write('\n');
          resolve(typed);
          return;
        }
        if (character === '\u0003') {
          input.setRawMode(false);
          process.stderr.write('\n');
          process.exit(130);
        }
        typed = character === '\u007f' || character === '\b' ? typed.slice(0, -1) : typed + character;
      }
    };
    input.on('data', onData);
  });
}
