/** Importing the decree typed in Word (tests/import/hand-made-decree.ts) from its DOCX. */
import { parseYamlText } from '../../src/data/load';
import { validateDecree } from '../../src/data/validate';
import { importDocx } from '../../src/import';
import { HAND_MADE_CONTENT, handMadeDecree } from './hand-made-decree';

describe('importing a decree typed in Word', () => {
  let imported: ReturnType<typeof validateDecree>;
  let guesses: string[];

  beforeAll(async () => {
    const result = await importDocx(await handMadeDecree(), 'keputusan-12.docx');
    guesses = result.guesses;
    imported = validateDecree(parseYamlText('imported.yaml', result.yaml));
  });

  it('reads the heading and the signature', () => {
    expect(imported.kantor).toMatchObject({ lembaga: 'Komisi Pemilihan Umum', wilayah: 'Kabupaten Sumbawa Barat', kedudukan: 'Taliwang' });
    expect(imported.keputusan).toEqual(HAND_MADE_CONTENT.keputusan);
    expect(imported.ditetapkan).toEqual(HAND_MADE_CONTENT.ditetapkan);
    expect(imported.penandatangan).toEqual(HAND_MADE_CONTENT.penandatangan);
  });

  it('reads items from label tables and from tab-aligned paragraphs, without their typed markers', () => {
    expect(imported.menimbang).toEqual(HAND_MADE_CONTENT.menimbang);
    expect(imported.mengingat).toEqual(HAND_MADE_CONTENT.mengingat);
    expect(imported.diktum).toEqual(HAND_MADE_CONTENT.diktum);
  });

  it('reads the schedule: merged number and activity cells, months from the shaded cells, notes', () => {
    expect(imported.lampiran).toEqual(HAND_MADE_CONTENT.lampiran);
  });

  it('fills what an original does not show with dots and lists the guesses', () => {
    expect(imported.kantor.pengesah_salinan).toEqual({ jabatan: '.........', nama: '.........' });
    expect(guesses).toEqual(
      expect.arrayContaining([expect.stringMatching(/^kantor › pengesah_salinan: tebakan/), expect.stringMatching(/^penandatangan › nama: tebakan/)]),
    );
  });
});
