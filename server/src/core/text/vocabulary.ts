// Content words as numbers: the corpus keeps each unit's words as ids in typed arrays (4 bytes a
// word, no per-word string), and the index counts and pairs ids. One vocabulary per process, so
// every document and index of the process agree on ids; the on-disk store saves the words with
// its documents and maps them back to this process's ids when it loads them.

export class Vocabulary {
  private readonly ids = new Map<string, number>();
  readonly words: string[] = [];

  /** The id of a word, given it one if `add`; -1 for a word never seen when not adding. */
  idOf(word: string, add = true): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      if (!add) return -1;
      id = this.words.length;
      this.ids.set(word, id);
      this.words.push(word);
    }
    return id;
  }

  get size(): number {
    return this.words.length;
  }
}

export const vocabulary = new Vocabulary();
