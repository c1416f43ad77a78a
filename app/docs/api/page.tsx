// /docs/api: the API reference, rendered on the server from the same OpenAPI document that
// GET /api/v1/openapi.json serves (lib/api/openapi.ts): operations, their answers by status, and
// every schema's fields. No script, no CDN.
import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { buildOpenApiDocument } from "@/lib/api/openapi";
import { flattenFields, refName, typeText, type JsonSchema } from "./schema-text";
import styles from "./page.module.css";
import { TableScroll } from "@/components/table-scroll";

export const metadata: Metadata = {
  title: "API reference",
  description:
    "Every endpoint of the Hypervisor Advisor API, its answers by status and every field, from its OpenAPI 3.1 document.",
};

type Response = { description: string; content?: Record<string, { schema: JsonSchema }> };
type Operation = {
  operationId: string;
  summary: string;
  security?: unknown[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
  responses: Record<string, Response>;
};
type Document = {
  info: { title: string; version: string; description: string };
  paths: Record<string, Record<string, Operation | unknown>>;
  components: { schemas: Record<string, JsonSchema> };
};

const METHODS = ["get", "post", "patch", "delete"] as const;

function SchemaLink({ schema }: { schema: JsonSchema }) {
  if (schema.$ref) {
    const name = refName(schema.$ref);
    return <a href={`#schema-${name}`}>{name}</a>;
  }
  return <>{typeText(schema)}</>;
}

function FieldType({ schema }: { schema: JsonSchema }) {
  const ref = schema.$ref ?? schema.items?.$ref ?? (schema.anyOf ?? []).find((s) => s.$ref)?.$ref;
  if (!ref) return <>{typeText(schema)}</>;
  const name = refName(ref);
  return (
    <>
      {typeText(schema).replace(name, "")}
      <a href={`#schema-${name}`}>{name}</a>
    </>
  );
}

/** A table that scrolls in its own labelled box on a narrow screen, never the page. */
function ScrollTable({ label, columns, children }: { label: string; columns: string[]; children: ReactNode }) {
  return (
    <TableScroll className={styles.tableScroll} label={label}>
      <table className={styles.table}>
        <thead>
          <tr>
            {columns.map((column) => (
              <th scope="col" key={column}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </TableScroll>
  );
}

/** Text with `code` spans, as the document's descriptions write them. */
function Prose({ text }: { text: string }) {
  return <>{text.split("`").map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part))}</>;
}

/** A schema with more fields than this lists them behind its summary, so the page stays short. */
const OPEN_FIELDS = 40;

function Fields({ name, schema }: { name: string; schema: JsonSchema }) {
  const rows = flattenFields(schema);
  const described = rows.some((row) => row.schema.description);
  const table = (
    <ScrollTable label={`${name} fields`} columns={["Field", "Type", "Required", ...(described ? ["Meaning"] : [])]}>
      {rows.map((row) => (
        <tr key={row.path}>
          <th scope="row">
            <code>{row.path}</code>
          </th>
          <td>
            <FieldType schema={row.schema} />
          </td>
          <td>{row.required ? "yes" : "no"}</td>
          {described && <td>{row.schema.description && <Prose text={row.schema.description} />}</td>}
        </tr>
      ))}
    </ScrollTable>
  );
  return (
    <section className={styles.schema} aria-labelledby={`schema-${name}`}>
      <h3 id={`schema-${name}`}>{name}</h3>
      {rows.length === 0 ? (
        <p className="muted">{typeText(schema)}</p>
      ) : rows.length <= OPEN_FIELDS ? (
        table
      ) : (
        <details className={styles.fields}>
          <summary>All {rows.length} fields</summary>
          {table}
        </details>
      )}
    </section>
  );
}

export default function ApiReferencePage() {
  const doc = buildOpenApiDocument() as unknown as Document;
  const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
    METHODS.filter((m) => item[m]).map((method) => ({ path, method, operation: item[method] as Operation })),
  );
  return (
    <article className={styles.page}>
      <h1>API reference</h1>
      <p className={styles.lead}>
        {doc.info.description} The machine-readable form is{" "}
        <a href="/api/v1/openapi.json">
          <code>/api/v1/openapi.json</code>
        </a>{" "}
        (OpenAPI 3.1, version {doc.info.version}). The ratings, sources and dates behind every answer are on the{" "}
        <Link href="/knowledge">knowledge base</Link> page.
      </p>

      <h2 id="operations">Operations</h2>
      {operations.map(({ path, method, operation }) => (
        <section
          key={operation.operationId}
          className={styles.operation}
          aria-labelledby={`op-${operation.operationId}`}
        >
          <h3 id={`op-${operation.operationId}`}>
            <span className={styles.method}>{method.toUpperCase()}</span> <code>{path}</code>
          </h3>
          <p>{operation.summary}</p>
          {operation.security && <p className="muted">Needs a bearer token (see the summary above).</p>}
          {operation.requestBody && (
            <p>
              Body (JSON): <SchemaLink schema={Object.values(operation.requestBody.content)[0]!.schema} />
            </p>
          )}
          <ScrollTable label={`${method.toUpperCase()} ${path} answers`} columns={["Status", "Meaning", "Body"]}>
            {Object.entries(operation.responses).map(([status, response]) => {
              const content = Object.entries(response.content ?? {})[0];
              return (
                <tr key={status}>
                  <th scope="row">{status}</th>
                  <td>
                    <Prose text={response.description} />
                  </td>
                  <td>
                    {content ? (
                      <>
                        <SchemaLink schema={content[1].schema} /> <span className="muted">({content[0]})</span>
                      </>
                    ) : (
                      "none"
                    )}
                  </td>
                </tr>
              );
            })}
          </ScrollTable>
        </section>
      ))}

      <h2 id="schemas">Schemas</h2>
      {Object.entries(doc.components.schemas).map(([name, schema]) => (
        <Fields key={name} name={name} schema={schema} />
      ))}
    </article>
  );
}
