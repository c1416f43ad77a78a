// The OpenAPI 3.1 description of the public API (GET /api/v1/openapi.json, rendered at /docs/api),
// generated from the zod schemas the handlers parse requests with (lib/evaluation/request.ts,
// lib/recommendations/schema.ts) and the response schemas (lib/api/response-schemas.ts), so the
// document cannot say something the code does not do.
import { codesFor } from "@/lib/http/error-statuses";
import { z } from "zod";
import {
  MAX_ENTRY_INFLATED_BYTES,
  MAX_FILE_BYTES,
  MAX_ROWS_PER_SHEET,
  MAX_TOTAL_INFLATED_BYTES,
  XLSX_TYPE,
} from "@/lib/inventory/limits";
import { inventoryReadingSchema } from "@/lib/inventory/schema";
import { processValue } from "@/lib/process-state";
import { evaluateRequestSchema } from "@/lib/questionnaire/evaluate-request";
import { saveRecommendationSchema, updateRecommendationSchema } from "@/lib/recommendations/schema";
import {
  errorResponseSchema,
  evaluationSchema,
  healthResponseSchema,
  modelResponseSchema,
  questionnaireResponseSchema,
  recommendationSnapshotSchema,
  savedRecommendationSchema,
} from "./response-schemas";

type JsonObject = Record<string, unknown>;

const REQUESTS = {
  EvaluateRequest: evaluateRequestSchema,
  SaveRecommendationRequest: saveRecommendationSchema,
  UpdateRecommendationRequest: updateRecommendationSchema,
};
const RESPONSES = {
  Error: errorResponseSchema,
  Evaluation: evaluationSchema,
  SavedRecommendation: savedRecommendationSchema,
  RecommendationSnapshot: recommendationSnapshotSchema,
  KnowledgeBase: modelResponseSchema,
  Questionnaire: questionnaireResponseSchema,
  Health: healthResponseSchema,
  InventoryReading: inventoryReadingSchema,
};

/** JSON Schema 2020-12 for each schema, referring to one another as OpenAPI components. */
function componentSchemas(schemas: Record<string, z.ZodType>, io: "input" | "output"): Record<string, JsonObject> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(schemas)) registry.add(schema, { id });
  const { schemas: generated } = z.toJSONSchema(registry, {
    io,
    unrepresentable: "any",
    uri: (id) => `#/components/schemas/${id}`,
  });
  return Object.fromEntries(
    Object.entries(generated).map(([id, schema]) => {
      // The document declares the dialect (OpenAPI 3.1 is JSON Schema 2020-12) and names each component.
      const component = { ...(schema as JsonObject) };
      delete component.$schema;
      delete component.$id;
      return [id, component];
    }),
  );
}

const mib = (bytes: number) => bytes / 1024 / 1024;
const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const json = (id: string) => ({ "application/json": { schema: ref(id) } });

const ERRORS: Record<string, string> = {
  "400": "The body or a field is invalid: `error.fields` names each field by its path and says why",
  "401": "No owner token was presented, or it is not this recommendation's",
  "403": "A cross-origin write from a browser, or a token that does not grant this",
  "404": "No such recommendation (or it was deleted)",
  "413": "The body is larger than the route's limit",
  "415":
    "The body is not JSON (Content-Type must be application/json); for an import, the file is not an .xlsx workbook",
  "429": "Too many saves from this client in the window; `Retry-After` says when to try again",
  "500": "An unexpected error: `error.requestId` is the id to quote to the operator",
  "503": "The database is not answering, or the server is reading other imports; try again after `Retry-After` seconds",
};
/** Each status's meaning, and the codes it is sent with, from the one table of statuses (lib/http/error-statuses.ts). */
const errors = (...statuses: string[]) =>
  Object.fromEntries(
    statuses.map((status) => {
      const codes = status === "500" ? ["internal_error"] : codesFor(Number(status));
      const description = `${ERRORS[status]}. Codes: ${codes.map((code) => `\`${code}\``).join(", ")}`;
      return [status, { description, content: json("Error") }];
    }),
  );

const idParameter = {
  name: "id",
  in: "path",
  required: true,
  description: "The recommendation's public id (22 URL-safe characters)",
  schema: { type: "string", pattern: "^[A-Za-z0-9_-]{22}$" },
};
const includeParameter = {
  name: "include",
  in: "query",
  required: false,
  description:
    "`evidence` adds the rationale, sources and date behind every contribution (`evidence`); without it the answer is about half the size",
  schema: { type: "string", enum: ["evidence"] },
};
const versionParameter = {
  name: "version",
  in: "query",
  required: false,
  description:
    "A published version's number (`version.number`); without it, the current version. Answers carry an ETag (the number and the publishing time): with If-None-Match the answer is 304",
  schema: { type: "integer", minimum: 1 },
};
const ownerAuth = [{ ownerToken: [] }];

export function buildOpenApiDocument(): JsonObject {
  return {
    openapi: "3.1.0",
    info: {
      title: "Hypervisor Advisor API",
      version: "v1",
      description:
        "Scores VMware ESXi, Microsoft Hyper-V, KVM and Xen for a set of answers against a sourced, dated knowledge base, and saves shareable recommendations. Every field is described in docs/api.md and docs/method.md.",
    },
    servers: [{ url: "/" }],
    paths: {
      "/api/health": {
        get: {
          operationId: "health",
          summary: "Liveness: whether the database answers",
          responses: {
            "200": { description: "The database answers", content: json("Health") },
            "503": { description: "The database is not answering", content: json("Health") },
          },
        },
      },
      "/api/v1/questionnaire": {
        get: {
          operationId: "getQuestionnaire",
          summary: "The questions, options, help texts and default answers",
          responses: { "200": { description: "The v1 questionnaire", content: json("Questionnaire") } },
        },
      },
      "/api/v1/model": {
        get: {
          operationId: "getModel",
          summary: "The published knowledge base: ratings, platform facts, products, prices, with sources and dates",
          parameters: [versionParameter],
          responses: {
            "200": {
              description: "The current published version, or the one asked for",
              content: json("KnowledgeBase"),
            },
            "304": { description: "Not modified: If-None-Match named this version's ETag" },
            ...errors("400", "404", "500", "503"),
          },
        },
      },
      "/api/v1/evaluate": {
        post: {
          operationId: "evaluate",
          summary: "Score the four hypervisor families for a set of answers",
          parameters: [includeParameter],
          requestBody: { required: true, content: json("EvaluateRequest") },
          responses: {
            "200": {
              description:
                "The evaluation: ranking, reasons, sensitivity, products, costs, plan; every cited source once in `sources`",
              content: json("Evaluation"),
            },
            ...errors("400", "403", "413", "415", "500", "503"),
          },
        },
      },
      "/api/v1/inventory": {
        post: {
          operationId: "readInventory",
          summary: "Read an RVTools export into an estate of clusters (nothing is stored)",
          description: `The file as multipart/form-data (field \`file\`) or as the raw body with the xlsx content type. Limits: ${mib(MAX_FILE_BYTES)} MiB file, ${mib(MAX_ENTRY_INFLATED_BYTES)} MiB per inflated part, ${mib(MAX_TOTAL_INFLATED_BYTES)} MiB inflated in all, ${MAX_ROWS_PER_SHEET.toLocaleString("en-US")} rows per sheet (docs/inventory.md). Formulas are never evaluated; VM names are never answered.`,
          requestBody: {
            required: true,
            content: {
              "multipart/form-data": {
                schema: {
                  type: "object",
                  required: ["file"],
                  properties: { file: { type: "string", contentMediaType: "application/octet-stream" } },
                },
              },
              [XLSX_TYPE]: {
                schema: { type: "string", contentMediaType: "application/octet-stream" },
              },
            },
          },
          responses: {
            "200": {
              description: "The estate read (ready for `answers.estate`), its counts and its warnings",
              content: json("InventoryReading"),
            },
            ...errors("400", "403", "413", "415", "500", "503"),
          },
        },
      },
      "/api/v1/recommendations": {
        post: {
          operationId: "saveRecommendation",
          summary: "Evaluate and save a shareable recommendation",
          requestBody: { required: true, content: json("SaveRecommendationRequest") },
          responses: {
            "201": {
              description: "Saved: the share link and the owner token (shown once)",
              content: json("SavedRecommendation"),
            },
            ...errors("400", "403", "413", "415", "429", "500", "503"),
          },
        },
      },
      "/api/v1/recommendations/{id}": {
        parameters: [idParameter],
        get: {
          operationId: "getRecommendation",
          summary: "A saved recommendation exactly as it was computed",
          responses: {
            "200": { description: "The snapshot", content: json("RecommendationSnapshot") },
            ...errors("404", "500", "503"),
          },
        },
        patch: {
          operationId: "updateRecommendation",
          summary: "Rename a saved recommendation or change its notes (owner only)",
          security: ownerAuth,
          requestBody: { required: true, content: json("UpdateRecommendationRequest") },
          responses: {
            "200": { description: "The updated snapshot", content: json("RecommendationSnapshot") },
            ...errors("400", "401", "403", "404", "413", "415", "500", "503"),
          },
        },
        delete: {
          operationId: "deleteRecommendation",
          summary: "Delete a saved recommendation (owner only); its link stops working",
          security: ownerAuth,
          responses: { "204": { description: "Deleted" }, ...errors("401", "403", "404", "500", "503") },
        },
      },
      "/api/metrics": {
        get: {
          operationId: "getMetrics",
          summary: "Prometheus metrics of this instance (loopback clients, or the METRICS_TOKEN bearer)",
          security: [{ metricsToken: [] }, {}],
          responses: {
            "200": {
              description: "Prometheus text format 0.0.4",
              content: { "text/plain": { schema: { type: "string" } } },
            },
            "401": { description: "METRICS_TOKEN is set and the bearer is missing or wrong", content: json("Error") },
            "403": { description: "No METRICS_TOKEN is set and the client is not loopback", content: json("Error") },
          },
        },
      },
      "/api/v1/openapi.json": {
        get: {
          operationId: "getOpenApi",
          summary: "This document",
          responses: {
            "200": { description: "OpenAPI 3.1", content: { "application/json": { schema: { type: "object" } } } },
          },
        },
      },
    },
    components: {
      schemas: { ...componentSchemas(REQUESTS, "input"), ...componentSchemas(RESPONSES, "output") },
      securitySchemes: {
        ownerToken: {
          type: "http",
          scheme: "bearer",
          description: "The ownerToken a save returned; browsers that saved it may use their owner cookie instead",
        },
        metricsToken: { type: "http", scheme: "bearer", description: "METRICS_TOKEN, when the operator set one" },
      },
    },
  };
}

/** The document as JSON text, built once per process (lib/process-state.ts): it depends only on the code. */
export function openApiJson(): string {
  return processValue("openapi-document", () => JSON.stringify(buildOpenApiDocument()));
}
