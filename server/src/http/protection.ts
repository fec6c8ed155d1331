import type { ApolloServerOptions, ApolloServerPlugin, BaseContext } from "@apollo/server";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import { GraphQLError, type GraphQLFormattedError, type ValidationContext } from "graphql";
import { maskFailure } from "./error-reporting";
import { inputErrorInJapanese } from "./variable-errors";
import type { Config } from "../config";

/**
 * Limits on what one request may ask for. The benchmark's whole-FY report query (reports →
 * programs, KPIs → kpi/value, totals → amounts, evaluation, policy) has depth 4 (armor counts
 * the leaves) and cost 131, so real clients have ample room while abusive documents are
 * refused before anything runs.
 */
export const LIMITS = {
  maxDepth: 12,
  maxAliases: 30,
  maxTokens: 5000,
  maxCost: 5000,
  maxDirectives: 50,
} as const;

type Limit = keyof typeof LIMITS;

const LIMIT_NAMES_JA: Record<Limit, string> = {
  maxDepth: "入れ子の深さ",
  maxAliases: "エイリアスの数",
  maxTokens: "トークン数",
  maxCost: "クエリのコスト",
  maxDirectives: "ディレクティブの数",
};

/** A refused document: Japanese message, English in messageEn, the limit that was hit. */
function refusal(limit: Limit, error: GraphQLError): GraphQLError {
  return new GraphQLError(
    `クエリが大きすぎます: ${LIMIT_NAMES_JA[limit]}の上限 (${LIMITS[limit]}) を超えています`,
    { extensions: { messageEn: error.message.replace(/^Syntax Error: /, ""), limit } },
  );
}

/** Reports through the validation context, so Apollo answers 400 GRAPHQL_VALIDATION_FAILED. */
function reject(limit: Limit) {
  return {
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) => {
        context?.reportError(refusal(limit, error));
      },
    ],
  };
}

function armor(production: boolean) {
  return new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth, ...reject("maxDepth") },
    maxAliases: { n: LIMITS.maxAliases, ...reject("maxAliases") },
    // Armor's token plugin throws from a hook, which Apollo turns into a 500; the parser's own
    // limit (parseOptions.maxTokens below) gives a proper 400 GRAPHQL_PARSE_FAILED instead.
    maxTokens: { enabled: false },
    maxDirectives: { n: LIMITS.maxDirectives, ...reject("maxDirectives") },
    costLimit: { maxCost: LIMITS.maxCost, ...reject("maxCost") },
    // Field suggestions help developers; in production they would reveal the schema.
    blockFieldSuggestion: { enabled: production },
  }).protect();
}

/** graphql-js reports its token limit (as "more that N tokens") in English; say it like the other limits. */
function tokenLimitInJapanese(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const tokens = /Document contains more tha[nt] \d+ tokens/.test(formatted.message);
  if (formatted.extensions?.code !== "GRAPHQL_PARSE_FAILED" || !tokens) return formatted;
  return {
    ...formatted,
    message: refusal("maxTokens", new GraphQLError("")).message,
    extensions: { ...formatted.extensions, messageEn: formatted.message, limit: "maxTokens" },
  };
}

/**
 * Coded errors (BAD_USER_INPUT, NOT_FOUND, CONFLICT, GRAPHQL_VALIDATION_FAILED, …) are meant
 * for the client and pass in Japanese; anything else is masked (see error-reporting.ts).
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  return maskFailure(inputErrorInJapanese(tokenLimitInJapanese(formatted)), error);
}

/** The Apollo options that protect the endpoint; app.ts spreads them into new ApolloServer(). */
export function protectionOptions<C extends BaseContext>(
  config: Pick<Config, "production" | "introspection" | "landingPage">,
): Pick<
  ApolloServerOptions<C>,
  | "plugins"
  | "validationRules"
  | "csrfPrevention"
  | "introspection"
  | "includeStacktraceInErrorResponses"
  | "allowBatchedHttpRequests"
  | "formatError"
  | "parseOptions"
> {
  const { plugins, validationRules } = armor(config.production);
  const landing = config.landingPage ? [] : [ApolloServerPluginLandingPageDisabled()];
  return {
    plugins: [
      ...(plugins as ApolloServerPlugin<C>[]),
      ...landing,
      // Apollo's default cache-control plugin wraps every field resolver (~5% of a whole-FY
      // read, see `pnpm bench`) for HTTP cache hints that a POST-only API never uses.
      ApolloServerPluginCacheControlDisabled(),
    ],
    validationRules,
    // Refuses GET and simple POSTs (text/plain, forms) that lack a preflight-forcing header.
    csrfPrevention: true,
    introspection: config.introspection,
    // Stacks and SQL are for the log, never the client, in development too.
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    formatError,
    parseOptions: { maxTokens: LIMITS.maxTokens },
  };
}
