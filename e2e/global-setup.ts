import { openTestDatabase } from './database';

/*
 * Runs once the server is up, before any spec. The specs together post far more than 30 comments in 10
 * minutes on the seed article: with the default pile-up rule, that would hold the comments of whichever
 * spec came next ("Afflux de commentaires"). The run's threshold is raised out of reach; e2e/surge.spec.ts
 * reads it and reaches it on an article of its own.
 */
export default function globalSetup() {
  const sqlite = openTestDatabase();
  try {
    sqlite
      .prepare(
        "insert into settings (key, value) values ('surgeComments', '10000') on conflict (key) do update set value = excluded.value",
      )
      .run();
  } finally {
    sqlite.close();
  }
}
