/** Indonesian formatters: small pure functions used by the data schema and the templates. */
export { upperId, upperTitleId, titleCaseId } from './case';
export { monthNameId, isRealIsoDate, formatDateId, localTimestamp } from './dates';
export { itemLetter, itemMarker } from './letters';
export { hurufList } from './list';
export { dictumOrdinal } from './ordinals';
export { toRoman, fromRoman } from './roman';
export { numberInWords, MAX_NUMBER_IN_WORDS } from './words';
