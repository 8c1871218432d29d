import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import YAML from "yaml";
import type { z } from "zod";
import type { KnowledgeProblem } from "./KnowledgeProblem.ts";
import {
  type CountryEntry,
  type Cues,
  countrySchema,
  cuesSchema,
  functionWordsSchema,
  type Institutions,
  institutionsSchema,
  type OrganisationEntry,
  organisationSchema,
  type PersonEntry,
  type PlaceEntry,
  personSchema,
  placeSchema,
  type RolePatterns,
  rolePatternsSchema,
  type TriggerEntry,
  triggerSchema,
} from "./schema.ts";

/** The country list and gazetteer rows derived from registry packages by scripts/build-gazetteer.ts. */
export interface DerivedGazetteer {
  sources: Record<string, string>;
  countries: Array<{
    iso3: string;
    iso2: string;
    name: string;
    official: string;
    altNames: string[];
    demonyms: string[];
    capitals: string[];
    lat: number;
    lon: number;
    independent?: boolean;
  }>;
  places: Array<
    [string, string, string, string | null, number | null, number | null, number, string, string]
  >;
}

/** Everything the knowledge base is compiled from, validated entry by entry. */
export interface KnowledgeSources {
  countries: CountryEntry[];
  organisations: Array<OrganisationEntry & { file: string }>;
  people: Array<PersonEntry & { file: string }>;
  places: PlaceEntry[];
  institutions: Institutions;
  rolePatterns: RolePatterns;
  functionWords: string[];
  triggers: TriggerEntry[];
  cues: Cues;
  derived: DerivedGazetteer;
}

const projectRoot = fileURLToPath(new URL("../../", import.meta.url));
export const DEFAULT_KNOWLEDGE_DIR = join(projectRoot, "knowledge");
export const DEFAULT_GAZETTEER_FILE = join(projectRoot, "build", "gazetteer.json");

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".yaml") || f.endsWith(".yml"))
    .sort()
    .map((f) => join(dir, f));
}

/**
 * Reads and validates every knowledge file. Problems are collected, not thrown, so that
 * `faultline kb check` can list them all; invalid entries are left out of the result.
 */
export function readKnowledgeSources(
  knowledgeDir = DEFAULT_KNOWLEDGE_DIR,
  gazetteerFile = DEFAULT_GAZETTEER_FILE,
): { sources: KnowledgeSources; problems: KnowledgeProblem[] } {
  const problems: KnowledgeProblem[] = [];
  const display = (file: string) => relative(process.cwd(), file) || file;

  function parseFile(file: string): unknown {
    try {
      return YAML.parse(readFileSync(file, "utf8"));
    } catch (error) {
      problems.push({
        file: display(file),
        path: "",
        message: (error as Error).message.split("\n")[0] ?? "",
      });
      return undefined;
    }
  }

  function validate<S extends z.ZodType>(
    file: string,
    path: string,
    schema: S,
    value: unknown,
  ): z.infer<S> | null {
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      const where = [path, ...issue.path.map(String)].filter(Boolean).join(".");
      problems.push({
        file: display(file),
        path: where,
        message: `${issue.message}, found ${JSON.stringify(at(value, issue.path))}`,
      });
    }
    return null;
  }

  function list<S extends z.ZodType>(file: string, schema: S): Array<z.infer<S>> {
    const parsed = parseFile(file);
    if (parsed === undefined) return [];
    if (!Array.isArray(parsed)) {
      problems.push({ file: display(file), path: "", message: "expected a list of entries" });
      return [];
    }
    return parsed.flatMap((entry, i) => {
      const valid = validate(file, `[${i}]`, schema, entry);
      return valid === null ? [] : [valid];
    });
  }

  function single<S extends z.ZodType>(file: string, schema: S, fallback: z.infer<S>): z.infer<S> {
    const parsed = existsSync(file) ? parseFile(file) : undefined;
    if (parsed === undefined) {
      if (!existsSync(file)) problems.push({ file: display(file), path: "", message: "file is missing" });
      return fallback;
    }
    return validate(file, "", schema, parsed) ?? fallback;
  }

  const actors = join(knowledgeDir, "actors");
  const countriesFile = join(actors, "countries.yaml");
  const countries = existsSync(countriesFile) ? list(countriesFile, countrySchema) : [];
  const organisations = yamlFiles(join(actors, "organisations")).flatMap((file) =>
    list(file, organisationSchema).map((o) => ({ ...o, file: display(file) })),
  );
  const people = yamlFiles(join(actors, "people")).flatMap((file) =>
    list(file, personSchema).map((p) => ({ ...p, file: display(file) })),
  );
  const places = yamlFiles(join(knowledgeDir, "places")).flatMap((file) => list(file, placeSchema));
  const institutions = single(join(actors, "institutions.yaml"), institutionsSchema, {
    stateInstitutions: [],
    stateOffices: [],
    civilianNouns: [],
    memberNouns: [],
    bareStateNouns: [],
    modifierStateNouns: [],
    facilityTargets: {},
    armedGroupNouns: {},
    organisationHeads: [],
  });
  const rolePatterns = single(join(knowledgeDir, "patterns", "roles.yaml"), rolePatternsSchema, {
    roles: [],
    formerMarkers: [],
    titles: [],
  });
  const functionWords = single(join(knowledgeDir, "patterns", "function-words.yaml"), functionWordsSchema, {
    words: [],
  }).words;

  const triggers = yamlFiles(join(knowledgeDir, "events")).flatMap((file) => list(file, triggerSchema));
  const cues = single(join(knowledgeDir, "patterns", "cues.yaml"), cuesSchema, {
    speech: [],
    negation: [],
    hypothetical: [],
    lightVerbs: [],
    responsibility: [],
    causal: [],
    statementNouns: [],
    groupAnaphors: [],
    eventAnaphors: [],
    personAnaphors: [],
    speakerPronouns: [],
    pairAnaphors: [],
    pairOpeners: [],
    pairHeads: [],
    modes: {},
    statementModes: {},
  });

  let derived: DerivedGazetteer = { sources: {}, countries: [], places: [] };
  if (existsSync(gazetteerFile))
    derived = JSON.parse(readFileSync(gazetteerFile, "utf8")) as DerivedGazetteer;
  else
    problems.push({
      file: display(gazetteerFile),
      path: "",
      message: "the derived gazetteer is missing; run `npm run build:gazetteer` (npm ci runs it)",
    });

  return {
    sources: {
      countries,
      organisations,
      people,
      places,
      institutions,
      rolePatterns,
      functionWords,
      triggers,
      cues,
      derived,
    },
    problems,
  };
}

function at(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}
