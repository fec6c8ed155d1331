import path from "node:path";
import { loadConfig } from "../../server/src/config";
import { StartupError } from "../../server/src/errors/startup-error";

describe("configuration", () => {
  it("defaults to the embedded database in ./data with seeding and introspection on", () => {
    const config = loadConfig({}, "/srv/sosei");
    expect(config).toEqual({
      host: "127.0.0.1",
      port: 4000,
      databaseUrl: undefined,
      dataDir: path.resolve("/srv/sosei/data"),
      databaseWaitSeconds: 30,
      logLevel: "info",
      slowRequestMs: 1000,
      shutdownGraceSeconds: 8,
      queryWorkers: 2,
      production: false,
      seedOnEmpty: true,
      pdfOnPublish: true,
      introspection: true,
      landingPage: true,
      maxBodyBytes: 1_000_000,
      maxUploadBytes: 20_000_000,
      demo: true,
      sessions: { hours: 8, secureCookie: false },
      loginAddressLimit: 30,
      trustProxy: false,
      admin: { loginId: undefined, password: undefined, email: undefined },
    });
    const proxied = loadConfig({ SOSEI_TRUST_PROXY: "on", SOSEI_LOGIN_ADDRESS_LIMIT: "5" }, "/");
    expect([proxied.trustProxy, proxied.loginAddressLimit]).toEqual([true, 5]);
    expect(() => loadConfig({ SOSEI_LOGIN_ADDRESS_LIMIT: "0" }, "/")).toThrow(
      /SOSEI_LOGIN_ADDRESS_LIMIT=0/,
    );
    const operated = loadConfig(
      { SOSEI_LOG_LEVEL: "debug", SOSEI_SHUTDOWN_GRACE_SECONDS: "3", SOSEI_DB_WAIT_SECONDS: "5" },
      "/",
    );
    expect([
      operated.logLevel,
      operated.shutdownGraceSeconds,
      operated.databaseWaitSeconds,
    ]).toEqual(["debug", 3, 5]);
    expect(() => loadConfig({ SOSEI_LOG_LEVEL: "loud" }, "/")).toThrow(/SOSEI_LOG_LEVEL=loud/);
    expect(loadConfig({ SOSEI_QUERY_WORKERS: "0" }, "/").queryWorkers).toBe(0);
    expect(() => loadConfig({ SOSEI_QUERY_WORKERS: "-1" }, "/")).toThrow(/SOSEI_QUERY_WORKERS=-1/);
  });

  it("turns demo users off and secure cookies on in production, and checks the admin password", () => {
    const config = loadConfig({ NODE_ENV: "production", SOSEI_DEMO: "true" }, "/");
    expect(config.demo).toBe(false);
    expect(config.sessions.secureCookie).toBe(true);
    expect(() => loadConfig({ SOSEI_ADMIN_PASSWORD: "short" }, "/")).toThrow(
      /SOSEI_ADMIN_PASSWORD=\(hidden\)/,
    );
    expect(loadConfig({ SOSEI_ADMIN_PASSWORD: "long-enough-secret" }, "/").admin.password).toBe(
      "long-enough-secret",
    );
  });

  it("uses PostgreSQL when DATABASE_URL is set and hides introspection in production", () => {
    const config = loadConfig(
      { DATABASE_URL: "postgresql://u:p@db/sosei", NODE_ENV: "production" },
      "/",
    );
    expect(config.databaseUrl).toBe("postgresql://u:p@db/sosei");
    expect(config.introspection).toBe(false);
    expect(config.landingPage).toBe(false);
    expect(config.production).toBe(true);
  });

  it("reads the landing page, introspection and body limit settings, overriding production", () => {
    const config = loadConfig(
      {
        NODE_ENV: "production",
        SOSEI_LANDING_PAGE: "on",
        SOSEI_INTROSPECTION: "true",
        SOSEI_MAX_BODY_BYTES: "65536",
      },
      "/",
    );
    expect(config).toMatchObject({ landingPage: true, introspection: true, maxBodyBytes: 65536 });
    expect(loadConfig({ SOSEI_LANDING_PAGE: "0" }, "/").landingPage).toBe(false);
  });

  it.each([
    [{ PORT: "http" }, "PORT=http"],
    [{ PORT: "70000" }, "PORT=70000"],
    [{ SOSEI_SEED_ON_EMPTY: "maybe" }, "SOSEI_SEED_ON_EMPTY=maybe"],
    [{ SOSEI_LANDING_PAGE: "sometimes" }, "SOSEI_LANDING_PAGE=sometimes"],
    [{ SOSEI_MAX_BODY_BYTES: "0" }, "SOSEI_MAX_BODY_BYTES=0"],
    [{ SOSEI_MAX_BODY_BYTES: "1e6" }, "SOSEI_MAX_BODY_BYTES=1e6"],
    [{ SOSEI_MAX_BODY_BYTES: "-5" }, "SOSEI_MAX_BODY_BYTES=-5"],
    [{ DATABASE_URL: "mysql://x:secret@h/db" }, "DATABASE_URL=(hidden)"],
  ])("rejects %j with one line naming the variable", (env, named) => {
    let failure: StartupError | undefined;
    try {
      loadConfig(env, "/");
    } catch (error) {
      failure = error as StartupError;
    }
    expect(failure).toBeInstanceOf(StartupError);
    expect(failure!.code).toBe("CONFIG_INVALID");
    expect(failure!.toLine()).toContain(named);
    expect(failure!.toLine()).not.toContain("\n");
    expect(failure!.toLine()).not.toContain("secret");
  });
});
