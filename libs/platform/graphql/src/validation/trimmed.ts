/** For `@Transform`: text arguments lose surrounding spaces before they are checked. */
export const trimmed = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() : value;

/** For `@Transform` on lists of text: each item trimmed. */
export const trimmedList = ({ value }: { value: unknown }) =>
  Array.isArray(value)
    ? value.map((item) => (typeof item === 'string' ? item.trim() : item))
    : value;
