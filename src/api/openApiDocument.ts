import { z } from "zod";
import type { Route } from "./routes.ts";

/** The OpenAPI 3.1 document of the routes, generated from the schemas that validate their inputs. */
export function openApiDocument(routes: readonly Route[], version: string): object {
  const paths: Record<string, Record<string, object>> = {};
  for (const route of routes) {
    const path = route.path.replace(/:(\w+)/g, "{$1}");
    const query = z.toJSONSchema(route.query, { io: "input" }) as {
      properties?: Record<string, object>;
      required?: string[];
    };
    const parameters = [
      ...[...route.path.matchAll(/:(\w+)/g)].map((m) => ({
        name: m[1],
        in: "path",
        required: true,
        schema: { type: "string" },
      })),
      ...Object.entries(query.properties ?? {}).map(([name, schema]) => ({
        name,
        in: "query",
        required: query.required?.includes(name) ?? false,
        schema,
        ...("description" in schema ? { description: schema.description } : {}),
      })),
    ];
    paths[path] ??= {};
    (paths[path] as Record<string, object>)[route.method.toLowerCase()] = {
      summary: route.summary,
      parameters,
      ...(route.body
        ? {
            requestBody: {
              required: true,
              content: { "application/json": { schema: z.toJSONSchema(route.body, { io: "input" }) } },
            },
          }
        : {}),
      ...(route.write ? { security: [{ bearer: [] }] } : {}),
      responses: {
        "200": { description: "JSON" },
        "400": { description: "invalid input: { error }" },
        ...(route.write ? { "401": { description: "missing or wrong token" } } : {}),
        "404": { description: "not found" },
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Faultline API",
      version,
      description: "Events extracted from conflict reporting, with their evidence.",
    },
    paths,
    components: { securitySchemes: { bearer: { type: "http", scheme: "bearer" } } },
  };
}
