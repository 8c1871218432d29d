/** Numbers written as words, as news writes counts: "eight soldiers", "twenty-five", "four years after". */
export const SPELLED_NUMBERS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
};

// A Map, not the object: most words looked up are no number, and a miss on a Map is cheap.
const SPELLED_NUMBER_VALUES: ReadonlyMap<string, number> = new Map(Object.entries(SPELLED_NUMBERS));

/** The number a word spells, or undefined: only the table's own words ("constructor" spells none). */
export function spelledNumber(word: string): number | undefined {
  return SPELLED_NUMBER_VALUES.get(word);
}
