// Workaround for prisma/orm#27403: with @prisma/adapter-pg, Prisma Migrate reads catalog
// columns of PostgreSQL's `name` type (OID 19), which the adapter refuses to map.
// `name` is text in all but storage, so we report it as text (OID 25). Used only by the
// CLI through prisma.config.ts; the bot's own queries never select such columns.
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory, SqlQueryable } from "@prisma/driver-adapter-utils";

const NAME_OID = 19;
const TEXT_OID = 25;

type PerformIO = (query: unknown) => Promise<{ fields: Array<{ dataTypeID: number }> }>;

function patchQueryable<T extends SqlQueryable>(q: T): T {
  const target = q as unknown as { performIO?: PerformIO };
  const original = target.performIO?.bind(q);
  if (!original) return q;
  target.performIO = async (query) => {
    const result = await original(query);
    for (const field of result.fields) if (field.dataTypeID === NAME_OID) field.dataTypeID = TEXT_OID;
    return result;
  };
  return q;
}

function patchAdapter(adapter: SqlDriverAdapter): SqlDriverAdapter {
  patchQueryable(adapter);
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (...args) => patchQueryable(await startTransaction(...args));
  return adapter;
}

export function withNameTypeFix(factory: SqlMigrationAwareDriverAdapterFactory): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => patchAdapter(await factory.connect()),
    connectToShadowDb: async () => patchAdapter(await factory.connectToShadowDb()),
  };
}
