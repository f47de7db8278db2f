/**
 * `true` when A and B are assignable both ways, else `never`. A record schema states
 * `true satisfies SameShape<z.infer<typeof schema>, TheType>;` so that a field added to, removed from or
 * widened in the type (a new entity type, say) fails to compile until the schema follows: otherwise the
 * schema would reject every real record, or accept records missing a field.
 */
export type SameShape<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
