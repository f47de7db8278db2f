/** A store that cannot be used at all (bad STORE_URL, unwritable SQLite file): its message is one line for the operator. */
export class StoreError extends Error {
  override name = 'StoreError';
}
