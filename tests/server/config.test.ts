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
      production: false,
      seedOnEmpty: true,
      introspection: true,
    });
  });

  it("uses PostgreSQL when DATABASE_URL is set and hides introspection in production", () => {
    const config = loadConfig(
      { DATABASE_URL: "postgresql://u:p@db/sosei", NODE_ENV: "production" },
      "/",
    );
    expect(config.databaseUrl).toBe("postgresql://u:p@db/sosei");
    expect(config.introspection).toBe(false);
  });

  it.each([
    [{ PORT: "http" }, "PORT=http"],
    [{ PORT: "70000" }, "PORT=70000"],
    [{ SOSEI_SEED_ON_EMPTY: "maybe" }, "SOSEI_SEED_ON_EMPTY=maybe"],
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
