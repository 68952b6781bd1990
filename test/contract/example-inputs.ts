/**
 * A complete, valid set of inputs per action: the contract test parses it and checks that the
 * parser reads every declared input. Booleans are given as the opposite of their default
 * where that keeps the set valid, so both values are exercised somewhere.
 */
export const exampleInputs: Record<string, Record<string, string>> = {};
