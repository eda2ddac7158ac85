/** The page's words in Bahasa Indonesia and English, and the names of the data's fields. */
export type Lang = 'id' | 'en';

type Words = Record<Lang, string>;

/** Field names of the data, as a clerk calls them. A field not named here shows its key, spaced. */
const fields: Record<string, Words> = {
  templat: { id: 'Templat', en: 'Template' },
  kantor: { id: 'Kantor', en: 'Office' },
  lembaga: { id: 'Lembaga', en: 'Institution' },
  wilayah: { id: 'Wilayah', en: 'Region' },
  kedudukan: { id: 'Kedudukan (tempat penetapan)', en: 'Seat (place of signing)' },
  lambang: { id: 'Lambang (berkas gambar)', en: 'Emblem (image file)' },
  pengesah_salinan: { id: 'Pengesah salinan', en: 'Certifier of copies' },
  jabatan: { id: 'Jabatan', en: 'Position' },
  nama: { id: 'Nama', en: 'Name' },
  nip: { id: 'NIP', en: 'NIP' },
  tata_letak: { id: 'Tata letak', en: 'Layout' },
  kertas: { id: 'Kertas', en: 'Paper' },
  huruf: { id: 'Huruf', en: 'Typeface' },
  ukuran_huruf: { id: 'Ukuran huruf', en: 'Type size' },
  ukuran_huruf_tabel: { id: 'Ukuran huruf tabel', en: 'Table type size' },
  spasi: { id: 'Spasi', en: 'Line spacing' },
  margin_mm: { id: 'Margin (mm)', en: 'Margins (mm)' },
  atas: { id: 'Atas', en: 'Top' },
  bawah: { id: 'Bawah', en: 'Bottom' },
  kiri: { id: 'Kiri', en: 'Left' },
  kanan: { id: 'Kanan', en: 'Right' },
  kepala_tebal: { id: 'Kepala naskah tebal', en: 'Bold heading' },
  kolom_mm: { id: 'Lebar kolom (mm)', en: 'Column widths (mm)' },
  label: { id: 'Label', en: 'Label' },
  titik_dua: { id: 'Titik dua', en: 'Colon' },
  penanda: { id: 'Penanda butir', en: 'Item marker' },
  format_nomor: { id: 'Format nomor', en: 'Number format' },
  tanggal_di_lampiran: { id: 'Baris TANGGAL di lampiran', en: 'TANGGAL line in the appendix' },
  tempat_tanggal_di_lampiran: { id: 'Tempat dan tanggal di atas tanda tangan lampiran', en: 'Place and date above the appendix signature' },
  nomor_halaman: { id: 'Nomor halaman', en: 'Page numbers' },
  nomor_halaman_lampiran: { id: 'Nomor halaman lampiran', en: 'Appendix page numbers' },
  kata_penyambung: { id: 'Kata penyambung', en: 'Continuation words' },
  badan: { id: 'Di badan keputusan', en: 'In the body' },
  keputusan: { id: 'Keputusan', en: 'Decree' },
  nomor: { id: 'Nomor', en: 'Number' },
  tahun: { id: 'Tahun', en: 'Year' },
  tentang: { id: 'Tentang (judul)', en: 'Title (tentang)' },
  menimbang: { id: 'Menimbang', en: 'Considerations (Menimbang)' },
  mengingat: { id: 'Mengingat (dasar hukum)', en: 'Legal bases (Mengingat)' },
  memperhatikan: { id: 'Memperhatikan', en: 'Other bases (Memperhatikan)' },
  diktum: { id: 'Diktum (Memutuskan)', en: 'Dictums' },
  ditetapkan: { id: 'Ditetapkan', en: 'Place and date of signing' },
  tempat: { id: 'Tempat (kosong: kedudukan kantor)', en: 'Place (empty: the office seat)' },
  tanggal: { id: 'Tanggal', en: 'Date' },
  penandatangan: { id: 'Penandatangan', en: 'Signatory' },
  lampiran: { id: 'Lampiran', en: 'Appendix' },
  judul: { id: 'Judul', en: 'Title' },
  kegiatan: { id: 'Kegiatan', en: 'Activities' },
  sub_kegiatan: { id: 'Sub kegiatan', en: 'Sub-activities' },
  uraian: { id: 'Uraian', en: 'Description' },
  bulan: { id: 'Bulan pelaksanaan', en: 'Months' },
  ket: { id: 'Keterangan', en: 'Remarks' },
  jenis: { id: 'Jenis', en: 'Kind' },
};

export function fieldName(key: string | number, lang: Lang): string {
  if (typeof key === 'number') return `${lang === 'id' ? 'ke-' : 'no. '}${key + 1}`;
  const name = fields[key]?.[lang] ?? key.replace(/_/g, ' ');
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** "Lampiran › Kegiatan ke-3 › Uraian", for the list of messages. */
export function pathName(path: (string | number)[], lang: Lang): string {
  return path.reduce<string>((text, part) => (typeof part === 'number' ? `${text} ${fieldName(part, lang)}` : text ? `${text} › ${fieldName(part, lang)}` : fieldName(part, lang)), '');
}

const ui = {
  id: {
    decrees: 'Keputusan di folder ini',
    open: 'Buka',
    nextYear: 'Tahun berikutnya',
    newFromSample: 'Keputusan baru dari contoh',
    fileName: 'Nama berkas (di dalam folder data)',
    make: 'Buat',
    importDrop: 'Tarik berkas DOCX atau teks keputusan ke sini untuk mengimpornya, atau',
    importChoose: 'pilih berkas',
    importFound: 'Ditemukan',
    importGuesses: 'Tebakan yang perlu diperiksa',
    importSave: 'Simpan sebagai berkas data',
    cancel: 'Batal',
    list: 'Daftar keputusan',
    save: 'Simpan',
    saved: 'Tersimpan',
    unsaved: 'Belum disimpan',
    undo: 'Urungkan',
    redo: 'Ulangi',
    view: 'Tampilan',
    asli: 'Asli',
    salinan: 'Salinan',
    konsep: 'Konsep',
    download: 'Unduh',
    saveFirst: 'Simpan dulu sebelum mengunduh',
    errors: 'kesalahan',
    warnings: 'peringatan',
    noProblems: 'Tidak ada masalah yang ditemukan',
    add: 'Tambah',
    moveUp: 'Naikkan',
    moveDown: 'Turunkan',
    remove: 'Hapus',
    drag: 'Seret untuk memindahkan',
    italics: 'Dicetak',
    updating: 'Memperbarui pratinjau…',
    previewStale: 'Pratinjau belum dapat diperbarui: perbaiki kesalahan yang ditandai',
    conflict: 'Berkas ini sudah diubah di disk sejak dibuka.',
    conflictChanged: 'Yang berubah di disk',
    onDisk: 'di disk',
    mine: 'versi saya',
    keepMine: 'Simpan versi saya (timpa)',
    takeDisk: 'Muat versi di disk',
    empty: '(kosong)',
    months: ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'],
    monthHelp: 'Klik atau seret untuk menandai bulan',
    settings: 'Templat dan tata letak',
    written: 'Dibuat di folder output',
    page: 'Halaman',
    problems: 'Pemeriksaan',
    yearPrompt: 'Tahun baru',
    language: 'English',
  },
  en: {
    decrees: 'Decrees in this folder',
    open: 'Open',
    nextYear: 'Next year',
    newFromSample: 'New decree from the sample',
    fileName: 'File name (inside the data folder)',
    make: 'Create',
    importDrop: 'Drop a DOCX or the text of a decree here to import it, or',
    importChoose: 'choose a file',
    importFound: 'Found',
    importGuesses: 'Guesses to check',
    importSave: 'Save as a data file',
    cancel: 'Cancel',
    list: 'List of decrees',
    save: 'Save',
    saved: 'Saved',
    unsaved: 'Not saved',
    undo: 'Undo',
    redo: 'Redo',
    view: 'View',
    asli: 'Original',
    salinan: 'Copy',
    konsep: 'Draft',
    download: 'Download',
    saveFirst: 'Save before downloading',
    errors: 'errors',
    warnings: 'warnings',
    noProblems: 'No problems found',
    add: 'Add',
    moveUp: 'Move up',
    moveDown: 'Move down',
    remove: 'Remove',
    drag: 'Drag to move',
    italics: 'Printed',
    updating: 'Updating the preview…',
    previewStale: 'The preview cannot be updated yet: fix the marked errors',
    conflict: 'This file changed on disk since it was opened.',
    conflictChanged: 'What changed on disk',
    onDisk: 'on disk',
    mine: 'mine',
    keepMine: 'Save my version (overwrite)',
    takeDisk: 'Load the version on disk',
    empty: '(empty)',
    months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    monthHelp: 'Click or drag to mark months',
    settings: 'Template and layout',
    written: 'Written to the output folder',
    page: 'Page',
    problems: 'Checks',
    yearPrompt: 'New year',
    language: 'Bahasa Indonesia',
  },
};

export type Ui = (typeof ui)['id'];

export function words(lang: Lang): Ui {
  return ui[lang];
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const ORDINALS = ['KESATU', 'KEDUA', 'KETIGA', 'KEEMPAT', 'KELIMA', 'KEENAM', 'KETUJUH', 'KEDELAPAN', 'KESEMBILAN', 'KESEPULUH'];

/** The marker the document prints before an item of this list, so the clerk sees the same numbering. */
export function itemMarker(list: string, index: number): string {
  if (list === 'menimbang' || list === 'sub_kegiatan') return `${LETTERS[index % 26]}.`;
  if (list === 'diktum') return ORDINALS[index] ?? `${index + 1}.`;
  return `${index + 1}.`;
}
