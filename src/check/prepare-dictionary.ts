/** Build step: the installed Hunspell dictionary expanded once into dist/kamus/, for the spelling check to load quickly. */
import { dictionaryDirs, prepareDictionary } from './speller';

if (!prepareDictionary(dictionaryDirs())) {
  console.log('id_ID Hunspell dictionary not installed: spelling is not checked until it is (apt install hunspell-id), and then loads more slowly until the next build');
}
