/**
 * `make` memoised by its argument's identity: each object (a vocabulary list, a word list) gets its
 * value made once, kept for as long as the object lives. For values derived from data that never
 * changes after it is made, as vocabularies do not.
 */
export function oncePer<K extends object, V>(make: (key: K) => V): (key: K) => V {
  const made = new WeakMap<K, V>();
  return (key) => {
    let value = made.get(key);
    if (value === undefined) {
      value = make(key);
      made.set(key, value);
    }
    return value;
  };
}
