// `npm run db:seed`: the demo content on an empty database; `-- --scale` builds the benchmark database instead;
// `-- --demo-staff` also creates one demo account per role, with generated passwords printed once.
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { scale: { type: 'boolean', default: false }, 'demo-staff': { type: 'boolean', default: false } },
});
// The scale database is a separate file, so benchmarks never touch the site's own data.
if (values.scale) process.env.DATABASE_PATH ??= 'bench/scale.db';

const { db } = await import('@/db/index');
const { migrateDatabase } = await import('@/db/migrate');
const { isEmpty, seedDemoContent } = await import('@/db/seed');
const { config } = await import('@/lib/config');

migrateDatabase(db);
if (!isEmpty(db)) {
  console.log(`${config.databasePath} contient déjà des articles : rien à faire.`);
} else if (values.scale) {
  const { seedScaleContent } = await import('@/db/seed-scale');
  seedScaleContent(db);
} else {
  const seeded = seedDemoContent(db);
  console.log(
    `Contenu de démonstration : ${seeded.articles} articles, ${seeded.comments} commentaires → ${config.databasePath}`,
  );
}

if (values['demo-staff']) {
  const { seedDemoStaff } = await import('@/db/seed-staff');
  for (const account of await seedDemoStaff()) {
    console.log(
      account.password
        ? `Compte de démonstration ${account.role} : ${account.email} / ${account.password}`
        : `${account.email} existe déjà : inchangé.`,
    );
  }
}
