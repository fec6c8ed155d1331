import DataLoader from "dataloader";
import type { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo } from "graphql";
import type { SqlSession } from "../db/sql-driver";
import { loaderByParent } from "./by-parent";
import { type Catalog, decodeColumn } from "./catalog";
import { EVERY_COLUMN, planRead, type ReadPlan } from "./read-plan";
import type { Reader, Resource } from "./resource";
import { selectionOf, type Selection } from "./selection";
import { type Sql, render } from "./sql";
import {
  byKeysStatement,
  childrenStatement,
  countStatement,
  pageStatement,
  rowsByParentStatement,
  type PageQuery,
} from "./statements";

type Row = Record<string, unknown>;

const PLANS = new WeakMap<FieldNode, Map<string, ReadPlan<object>>>();
const FIELD_PLANS = new Map<string, ReadPlan<object>>();

/** What a plan's scope depends on: who is reading (anonymous, everything, one municipality). */
const scopeKey = ({ actor }: Reader) =>
  actor ? (actor.municipalityId === null ? "all" : `m${actor.municipalityId}`) : "anonymous";

interface PageRequest {
  kind: "page";
  group: string;
  resource: Resource;
  plan: ReadPlan<object>;
  page: PageQuery;
}

interface CountRequest {
  kind: "count";
  group: string;
  resource: Resource;
  where: Sql;
}

type Request = PageRequest | CountRequest;

/**
 * All list reads of one request. A page and the count of the same list, asked in the same
 * request (react-admin's `items` and `total`), become one statement: both go into a batch
 * that runs once the resolvers of the request's root fields have all asked.
 */
export class ListReader {
  private readonly batch: DataLoader<Request, object[] | number, Request>;
  private readonly byKey = new Map<Resource, DataLoader<number, object | null>>();
  private readonly rowsByParent = new Map<string, DataLoader<number, Row[]>>();
  private readonly byParent = new Map<
    ReadPlan<object>,
    { resource: Resource; loader: DataLoader<number, object[]> }
  >();

  constructor(
    private readonly db: SqlSession,
    private readonly catalog: Catalog,
    readonly reader: Reader,
  ) {
    this.batch = new DataLoader((requests) => this.run(requests), { cache: false });
  }

  /** The same reader without anything this one has cached. */
  fresh(): ListReader {
    return new ListReader(this.db, this.catalog, this.reader);
  }

  plan<T extends object>(
    resource: Resource<T>,
    selection: Selection,
    fragments: Record<string, FragmentDefinitionNode>,
  ): ReadPlan<T> {
    return planRead(resource, selection, { catalog: this.catalog, reader: this.reader, fragments });
  }

  /**
   * The plan of a field of the query, made once per document and reader scope: Apollo keeps
   * parsed documents, so the same field node comes back with every request that sends it.
   */
  planOf<T extends object>(resource: Resource<T>, info: GraphQLResolveInfo): ReadPlan<T> {
    const node = info.fieldNodes[0]!;
    const plans = PLANS.get(node) ?? new Map<string, ReadPlan<object>>();
    PLANS.set(node, plans);
    const key = `${resource.name}:${scopeKey(this.reader)}:${info.fieldNodes.length}`;
    let plan = plans.get(key);
    if (!plan) {
      plan = this.plan(resource, selectionOf(info), info.fragments) as ReadPlan<object>;
      plans.set(key, plan);
    }
    return plan as ReadPlan<T>;
  }

  /** A plan that reads the columns of the named fields, made once per reader scope. */
  planOfFields<T extends object>(resource: Resource<T>, fields: readonly string[]): ReadPlan<T> {
    const key = `${resource.name}:${scopeKey(this.reader)}:${fields.join(",")}`;
    let plan = FIELD_PLANS.get(key);
    if (!plan) {
      const selection: Selection = new Map(fields.map((field) => [field, []]));
      plan = this.plan(resource, selection, {}) as ReadPlan<object>;
      FIELD_PLANS.set(key, plan);
    }
    return plan as ReadPlan<T>;
  }

  /** `group` names the list (resource and filter): a count of the same group rides along. */
  async page<T extends object>(
    resource: Resource<T>,
    plan: ReadPlan<T>,
    page: PageQuery,
    group: string,
  ): Promise<T[]> {
    const request: PageRequest = { kind: "page", group, resource, plan, page };
    return (await this.batch.load(request)) as T[];
  }

  async count(resource: Resource, where: Sql, group: string): Promise<number> {
    return (await this.batch.load({ kind: "count", group, resource, where })) as number;
  }

  /** Rows by key with the given plan, in the order asked; null where none is visible. */
  async byKeys<T extends object>(
    resource: Resource<T>,
    plan: ReadPlan<T>,
    keys: readonly number[],
  ): Promise<(T | null)[]> {
    const scope = resource.scope(this.reader, "t");
    const rows = await this.query(byKeysStatement(resource, plan, keys, scope));
    const found = new Map<unknown, T>();
    for (const row of rows) {
      const item = plan.decode(row);
      if (item) found.set((item as Record<string, unknown>)[resource.key], item);
    }
    return keys.map((key) => found.get(key) ?? null);
  }

  /** A batched loader of whole rows by key, for relations a page did not join. */
  loader<T extends object>(resource: Resource<T>): DataLoader<number, T | null> {
    let loader = this.byKey.get(resource);
    if (!loader) {
      const plan = this.plan(resource, EVERY_COLUMN, {});
      loader = new DataLoader((keys) => this.byKeys(resource, plan, keys));
      this.byKey.set(resource, loader);
    }
    return loader as DataLoader<number, T | null>;
  }

  /**
   * A batched loader of a to-many relation (a report's programs) by the parent's key: every
   * parent of the tick in one statement that reads only the plan's columns. The parents were
   * read within the reader's scope, so their children need no scope of their own.
   */
  children<T extends object>(
    resource: Resource<T>,
    parentKey: string,
    plan: ReadPlan<T>,
  ): DataLoader<number, T[]> {
    let loader = this.byParent.get(plan)?.loader;
    if (!loader) {
      loader = loaderByParent(
        (parents) => this.query(childrenStatement(resource, plan, parentKey, parents)),
        (row) => row.__parent as number,
        (row) => plan.decode(row) as object | null,
      );
      this.byParent.set(plan, { resource, loader });
    }
    return loader as DataLoader<number, T[]>;
  }

  /**
   * The children with at least the named fields' columns: the loader of the request's own
   * selection when it reads them (a report's totals beside its programs: one statement).
   */
  childrenWith<T extends object>(
    resource: Resource<T>,
    parentKey: string,
    fields: readonly string[],
  ): DataLoader<number, T[]> {
    for (const [plan, used] of this.byParent) {
      if (used.resource === resource && fields.every((f) => plan.reads.has(f))) {
        return used.loader as DataLoader<number, T[]>;
      }
    }
    return this.children(resource, parentKey, this.planOfFields(resource, fields));
  }

  /**
   * A batched loader of a table's rows by a parent key, every column decoded as Prisma would
   * give it (a report's KPI values, its ⑦ and ⑧): one statement for all parents of the tick.
   * The parents were read within the reader's scope, as for children().
   */
  rowsOf<R>(table: string, parentKey: string): DataLoader<number, R[]> {
    const name = `${table}.${parentKey}`;
    let loader = this.rowsByParent.get(name);
    if (!loader) {
      const columns = [...this.catalog.columns(table).values()];
      loader = loaderByParent(
        (parents) => this.query(rowsByParentStatement(table, columns, parentKey, parents)),
        (row) => row[parentKey] as number,
        (row) => {
          for (const column of columns) row[column.name] = decodeColumn(column, row[column.name]);
          return row;
        },
      );
      this.rowsByParent.set(name, loader);
    }
    return loader as unknown as DataLoader<number, R[]>;
  }

  private query(statement: Sql): Promise<Row[]> {
    const { text, values } = render(statement);
    return this.db.query<Row>(text, values);
  }

  private async run(requests: readonly Request[]): Promise<(object[] | number | Error)[]> {
    const countedGroups = new Set(requests.filter((r) => r.kind === "count").map((r) => r.group));
    // The first page of a counted list carries its count; any other page runs on its own.
    const countOf = new Map<string, Promise<number | null>>();
    const results = requests.map((r) => {
      if (r.kind !== "page") return null;
      const withCount = countedGroups.has(r.group) && !countOf.has(r.group);
      const result = this.runPage(r, withCount);
      if (withCount)
        countOf.set(
          r.group,
          result.then(
            (x) => x.count,
            () => null,
          ),
        );
      return result.then((x) => x.items);
    });
    return Promise.all(
      requests.map(async (r, i) => {
        try {
          if (r.kind === "page") return await results[i]!;
          const fromPage = await countOf.get(r.group);
          if (fromPage != null) return fromPage;
          const [row] = await this.query(countStatement(r.resource, r.where));
          return Number(row.n);
        } catch (error) {
          return error as Error;
        }
      }),
    );
  }

  private async runPage(
    r: PageRequest,
    withCount: boolean,
  ): Promise<{ items: object[]; count: number | null }> {
    const rows = await this.query(pageStatement(r.resource, r.plan, r.page, withCount));
    const items: object[] = [];
    for (const row of rows) {
      const item = r.plan.decode(row);
      if (item) items.push(item);
    }
    return { items, count: withCount && rows.length ? Number(rows[0].__count) : null };
  }
}
