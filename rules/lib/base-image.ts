/** The external images that FROM instructions name, as the build resolves them. */
import type { ImageRef } from '../../src/engine/image.js';
import type { SourceFile, Stage, Word } from '../../src/engine/source.js';

export interface ExternalImage {
  readonly stage: Stage;
  /** The image word of the FROM as written (flags and `AS name` excluded). */
  readonly word: Word;
  /** The reference after ARG substitution. */
  readonly ref: ImageRef;
}

/** FROM images other than earlier stages and `scratch`; references with an ARG that has no value are skipped. */
export function* externalImages(source: SourceFile): Iterable<ExternalImage> {
  for (const stage of source.stages) {
    const ref = stage.image;
    const word = stage.from.args[0];
    if (!ref || !word || stage.baseStage) continue;
    if (ref.registry === null && ref.repository === 'scratch') continue;
    yield { stage, word, ref };
  }
}
