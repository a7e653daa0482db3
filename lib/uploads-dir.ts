import path from 'node:path';

// Beside the database, outside the build output and the public folder: uploads survive a rebuild, are
// only ever served by app/medias/[file]/route.ts with the headers it sets, and are saved with the database.
export const uploadsDirOf = (databasePath: string) => path.join(path.dirname(databasePath), 'uploads');
