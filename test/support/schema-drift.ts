import { readFile } from "node:fs/promises";
import internals from "@prisma/internals";
import pg from "pg";

// Compares a live database with prisma/schema.prisma, the way `prisma migrate diff`
// would if its engine could be downloaded here: tables, columns (type, nullability,
// default), enums, indexes (columns, order, uniqueness, name) and foreign keys.
// Each side becomes a set of canonical lines; drift is the symmetric difference.

type Dmmf = Awaited<ReturnType<typeof internals.getDMMF>>;
type Model = Dmmf["datamodel"]["models"][number];
type Field = Model["fields"][number];

export async function expectedSchema(schemaPath = "prisma/schema.prisma"): Promise<Set<string>> {
  const dmmf = await internals.getDMMF({ datamodel: await readFile(schemaPath, "utf8") });
  const { models, enums, indexes } = dmmf.datamodel;
  const lines = new Set<string>();
  const enumDbName = new Map(enums.map((e) => [e.name, e.dbName ?? e.name]));
  const tableOf = (model: string) => {
    const m = models.find((x) => x.name === model);
    return m?.dbName ?? model;
  };
  const columnOf = (model: string, field: string) => {
    const f = models.find((x) => x.name === model)?.fields.find((x) => x.name === field);
    return f?.dbName ?? field;
  };

  for (const e of enums) lines.add(`enum ${e.dbName ?? e.name} (${e.values.map((v) => v.dbName ?? v.name).join(", ")})`);

  for (const model of models) {
    const table = model.dbName ?? model.name;
    lines.add(`table ${table}`);
    for (const field of model.fields) {
      if (field.kind === "object") {
        if (field.relationFromFields?.length) {
          const target = models.find((m) => m.name === field.type);
          const onDelete = (field as Field & { relationOnDelete?: string }).relationOnDelete ?? "Restrict";
          lines.add(
            `fk ${table}(${field.relationFromFields.map((f) => columnOf(model.name, f)).join(", ")}) -> ` +
              `${target?.dbName ?? field.type}(${(field.relationToFields ?? []).map((f) => columnOf(field.type, f)).join(", ")}) ` +
              `on delete ${onDelete.toLowerCase()} on update cascade`,
          );
        }
        continue;
      }
      const type = field.kind === "enum" ? enumDbName.get(field.type)! : scalarType(field);
      const notNull = field.isRequired && !field.isList;
      lines.add(
        `column ${table}.${field.dbName ?? field.name} ${type}${field.isList ? "[]" : ""}` +
          `${notNull ? " not null" : ""}${defaultOf(field)}`,
      );
    }
  }

  for (const index of indexes) {
    const table = tableOf(index.model);
    const columns = index.fields.map((f) => {
      const order = (f as { sortOrder?: string }).sortOrder === "desc" ? " desc" : "";
      return `${columnOf(index.model, f.name)}${order}`;
    });
    const plain = index.fields.map((f) => columnOf(index.model, f.name)).join("_");
    const name =
      index.dbName ??
      (index.type === "id" ? `${table}_pkey` : `${table}_${plain}_${index.type === "unique" ? "key" : "idx"}`);
    const unique = index.type === "normal" ? "" : " unique";
    lines.add(`index ${name} on ${table}(${columns.join(", ")})${unique}`);
  }
  return lines;
}

function scalarType(field: Field): string {
  const [native, args = []] = (field.nativeType as [string, string[]] | null) ?? [];
  const withArgs = (name: string) => (args.length ? `${name}(${args.join(",")})` : name);
  switch (field.type) {
    case "String":
      if (native === "VarChar") return withArgs("character varying");
      if (native === "Char") return withArgs("character");
      if (native === "Uuid") return "uuid";
      return "text";
    case "Int":
      return "integer";
    case "BigInt":
      return "bigint";
    case "Float":
      return "double precision";
    case "Boolean":
      return "boolean";
    case "Json":
      return "jsonb";
    case "DateTime":
      if (native === "Date") return "date";
      if (native === "Time") return `time(${args[0] ?? 6}) without time zone`;
      if (native === "Timestamptz") return `timestamp(${args[0] ?? 6}) with time zone`;
      return `timestamp(${args[0] ?? 3}) without time zone`;
    default:
      throw new Error(`schema-drift: no mapping for ${field.type}`);
  }
}

function defaultOf(field: Field): string {
  const value = field.default as { name?: string } | string | number | boolean | undefined;
  if (value === undefined) return "";
  if (typeof value === "object" && value.name === "autoincrement") return " default autoincrement";
  if (typeof value === "object" && value.name === "now") return " default now";
  return ` default ${String(value)}`;
}

export async function actualSchema(connectionString: string): Promise<Set<string>> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const lines = new Set<string>();
    const enums = await client.query<{ name: string; values: string[] }>(`
      SELECT t.typname AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS values
        FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
        JOIN pg_namespace n ON n.oid = t.typnamespace AND n.nspname = 'public'
       GROUP BY t.typname`);
    for (const e of enums.rows) lines.add(`enum ${e.name} (${e.values.join(", ")})`);

    const tables = await client.query<{ table_name: string }>(`
      SELECT table_name FROM information_schema.tables
       WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`);
    for (const t of tables.rows) lines.add(`table ${t.table_name}`);

    const columns = await client.query<{ table: string; column: string; type: string; not_null: boolean; default: string | null }>(`
      SELECT c.relname AS table, a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type,
             a.attnotnull AS not_null, pg_get_expr(d.adbin, d.adrelid) AS default
        FROM pg_attribute a
        JOIN pg_class c ON c.oid = a.attrelid AND c.relkind = 'r'
        JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
        LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
       WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relname <> '_prisma_migrations'`);
    for (const c of columns.rows) {
      lines.add(`column ${c.table}.${c.column} ${c.type.replace(/"/g, "")}${c.not_null ? " not null" : ""}${normaliseDefault(c.default)}`);
    }

    const indexes = await client.query<{ name: string; table: string; columns: string[]; unique: boolean }>(`
      SELECT i.relname AS name, t.relname AS table, ix.indisunique AS unique,
             array_agg(a.attname || CASE WHEN (ix.indoption[k.ord - 1] & 1) = 1 THEN ' desc' ELSE '' END ORDER BY k.ord) AS columns
        FROM pg_index ix
        JOIN pg_class i ON i.oid = ix.indexrelid
        JOIN pg_class t ON t.oid = ix.indrelid
        JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
        CROSS JOIN LATERAL unnest(ix.indkey) WITH ORDINALITY AS k(attnum, ord)
        JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
       WHERE t.relname <> '_prisma_migrations'
       GROUP BY i.relname, t.relname, ix.indisunique`);
    for (const i of indexes.rows) lines.add(`index ${i.name} on ${i.table}(${i.columns.join(", ")})${i.unique ? " unique" : ""}`);

    const fks = await client.query<{ table: string; columns: string[]; target: string; target_columns: string[]; on_delete: string; on_update: string }>(`
      SELECT c.conrelid::regclass::text AS table, c.confrelid::regclass::text AS target,
             (SELECT array_agg(a.attname::text ORDER BY k.ord) FROM unnest(c.conkey) WITH ORDINALITY k(n, ord)
                JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n) AS columns,
             (SELECT array_agg(a.attname::text ORDER BY k.ord) FROM unnest(c.confkey) WITH ORDINALITY k(n, ord)
                JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n) AS target_columns,
             c.confdeltype AS on_delete, c.confupdtype AS on_update
        FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace AND n.nspname = 'public'
       WHERE c.contype = 'f'`);
    const action: Record<string, string> = { a: "noaction", r: "restrict", c: "cascade", n: "setnull", d: "setdefault" };
    for (const f of fks.rows) {
      lines.add(
        `fk ${f.table}(${f.columns.join(", ")}) -> ${f.target}(${f.target_columns.join(", ")}) ` +
          `on delete ${action[f.on_delete]} on update ${action[f.on_update]}`,
      );
    }
    return lines;
  } finally {
    await client.end();
  }
}

function normaliseDefault(expression: string | null): string {
  if (expression === null) return "";
  if (expression.startsWith("nextval(")) return " default autoincrement";
  if (expression === "CURRENT_TIMESTAMP" || expression === "now()") return " default now";
  return ` default ${expression.replace(/^'(.*)'::.*$/, "$1")}`;
}

export async function schemaDrift(connectionString: string, schemaPath?: string) {
  const [expected, actual] = await Promise.all([expectedSchema(schemaPath), actualSchema(connectionString)]);
  return {
    missing: [...expected].filter((line) => !actual.has(line)).sort(),
    unexpected: [...actual].filter((line) => !expected.has(line)).sort(),
  };
}
