/** XML text for the Checkstyle and JUnit reports. */

// Characters XML 1.0 cannot carry at all (C0 controls but tab, LF and CR; U+FFFE/U+FFFF) and
// lone surrogates.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Escapes text for an attribute value or element content. Line breaks and tabs become
 * character references, which an attribute value would otherwise normalise to spaces;
 * characters XML cannot carry become U+FFFD.
 */
export function xmlEscape(text: string): string {
  return text
    .replace(NOT_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}
