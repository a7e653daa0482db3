import { db } from '@/db/index';
import { migrateDatabase } from '@/db/migrate';
import { config } from '@/lib/config';

migrateDatabase(db);
console.log(`Migrations appliquées : ${config.databasePath}`);
