/** For `@Transform`: text arguments lose surrounding spaces before they are checked. */
export const trimmed = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() : value;

/** For `@Transform` on lists of text: each item trimmed. */
export const trimmedList = ({ value }: { value: unknown }) =>
  Array.isArray(value)
    ? value.map((item) => (typeof item === 'string' ? item.trim() : item))
    : value;

/**
 * Characters that show nothing: format controls (zero-width spaces and joiners, bidi
 * embeddings and isolates, the soft hyphen, the BOM), the combining grapheme joiner and the
 * Hangul fillers. A name made of them looks like another name or like none at all.
 */
const INVISIBLE = /[\p{Cf}\u034F\u115F\u1160\u3164\uFFA0]/gu;

/** For `@Transform` on names: invisible characters removed, then trimmed. */
export const visibleName = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.replace(INVISIBLE, '').trim() : value;
