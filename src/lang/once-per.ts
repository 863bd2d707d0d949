/**
 * `make` memoised by its argument's identity: each object (a vocabulary list, a word list) gets its
 * value made once, kept for as long as the object lives. For values derived from data that never
 * changes after it is made, as vocabularies do not.
 */
export function oncePer<K extends object, V>(make: (key: K) => V): (key: K) => V {
  const made = new WeakMap<K, V>();
  // The same key comes back call after call (the meeting's vocabularies, one word list): the last
  // one answers without a look-up in the WeakMap, which showed in profiles (1-2 % of a parse). It
  // holds on to that one key (a document's lines, at most) until another key is asked for.
  let lastKey: K | undefined;
  let lastValue: V | undefined;
  return (key) => {
    if (key === lastKey) return lastValue as V;
    let value = made.get(key);
    if (value === undefined) {
      value = make(key);
      made.set(key, value);
    }
    lastKey = key;
    lastValue = value;
    return value;
  };
}
