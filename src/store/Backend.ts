/** The two kinds of database a store can live in. */
export type Backend = "sqlite" | "postgres";
