// Brings the database up to date before the site builds or starts: migrations, then the demo on an empty file.
import { db } from '@/db/index';
import { migrateDatabase } from '@/db/migrate';
import { isEmpty, seedDemoContent } from '@/db/seed';
import { config } from '@/lib/config';

migrateDatabase(db);
if (isEmpty(db)) {
  const seeded = seedDemoContent(db);
  console.log(
    `Base vide : contenu de démonstration ajouté (${seeded.articles} articles, ${seeded.comments} commentaires) dans ${config.databasePath}`,
  );
}
