/**
 * Seeded random Dockerfile-like texts for differential and robustness tests: a few
 * instruction keywords followed by runs of the characters parsers treat specially.
 */

/** A seeded text made of the characters the scan cares about, under a few keywords. */
export function randomText(seed: number, escape: '\\' | '`'): string {
  let state = seed >>> 0 || 1;
  const next = (n: number): number => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) % n;
  };
  const pieces = [escape, escape, ' ', '\t', '\n', '\r\n', '\r', '#', '$', '"', "'", 'a', 'b', '=', '-', '[', ']', ',', '{', '}', `${escape}\n`, `${escape}  \n`, `${escape} x`, '\n# c\n', '\n  \n', '<<EOF', '\nEOF\n', '<<-X', '\n\tX\n', '["a", "b"]'];
  const keywords = ['RUN', 'ENV', 'LABEL', 'COPY', 'ADD', 'CMD', 'ENTRYPOINT', 'EXPOSE', 'WORKDIR', 'ARG', 'FROM', 'USER', 'HEALTHCHECK', 'ONBUILD RUN', 'SHELL', 'VOLUME'];
  let out = next(10) === 0 ? '\ufeff' : '';
  if (escape === '`') out += '# escape=`\n';
  const lines = 1 + next(6);
  for (let l = 0; l < lines; l++) {
    out += `${keywords[next(keywords.length)]} `;
    const length = next(40);
    for (let i = 0; i < length; i++) out += pieces[next(pieces.length)];
    out += next(4) === 0 ? '' : '\n';
  }
  return out;
}
