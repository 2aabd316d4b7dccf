import { existsSync, readdirSync } from 'node:fs';
import { cp, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readConfig } from '../config.ts';
import { backupPostgres, backupSqlite, MissingToolError, POSTGRES_DUMP_NAME, SQLITE_FILE_NAME } from '../storage/backup.ts';
import { sqliteFilename } from '../storage/sqlite-store.ts';
import { uploadsDir } from '../uploads/files.ts';

const USAGE = 'Gebruik: npm run backup [-- --doel MAP]';

/** `backups/2026-12-02T07-05-09Z`: sorts by time and holds no characters a file system refuses. */
const timestampedFolder = (now: Date): string => path.join('backups', `${now.toISOString().slice(0, 19).replaceAll(':', '-')}Z`);

/** Copies the uploaded images, skipping half-written temporary files. */
async function copyUploads(dataDir: string, target: string): Promise<number> {
  const source = uploadsDir(dataDir);
  if (!existsSync(source)) return 0;
  await cp(source, path.join(target, 'uploads'), { recursive: true, filter: (file) => !file.endsWith('.tmp') });
  return readdirSync(path.join(target, 'uploads')).length;
}

/**
 * `npm run backup [-- --doel MAP]`: a consistent copy of the database and the uploaded images while
 * the app runs, into MAP or `backups/<time>`. The database is copied first and the images after it,
 * so every image the copied database knows is in the copy (images are written before their row).
 */
async function main(): Promise<number> {
  let target: string;
  try {
    const { values } = parseArgs({ options: { doel: { type: 'string' }, target: { type: 'string' } }, strict: true });
    target = path.resolve(values.doel ?? values.target ?? timestampedFolder(new Date()));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  if (existsSync(target) && readdirSync(target).length > 0) {
    console.error(`Back-up niet gemaakt: ${target} bestaat al en is niet leeg. Kies een nieuwe map met --doel.`);
    return 2;
  }
  const config = readConfig();
  const dataDir = path.resolve(config.dataDir);
  const databaseUrl = process.env.DATABASE_URL;
  await mkdir(target, { recursive: true });

  if (databaseUrl) {
    console.log('Database (PostgreSQL) kopiëren met pg_dump…');
    try {
      await backupPostgres(databaseUrl, path.join(target, POSTGRES_DUMP_NAME));
    } catch (error) {
      if (error instanceof MissingToolError) {
        console.error(
          'Back-up niet gemaakt: pg_dump is niet gevonden. Installeer de PostgreSQL-clientprogramma’s (Debian/Ubuntu: apt install postgresql-client, in dezelfde of een nieuwere versie dan de server) en probeer opnieuw.',
        );
      } else console.error(`Back-up niet gemaakt: pg_dump meldt: ${error instanceof Error ? error.message : String(error)}`);
      return 1;
    }
  } else {
    const source = sqliteFilename(dataDir);
    if (!existsSync(source)) {
      console.error(`Back-up niet gemaakt: er is geen database in ${dataDir} (DATA_DIR).`);
      return 1;
    }
    console.log(`Database (SQLite) kopiëren uit ${dataDir}…`);
    backupSqlite(source, path.join(target, SQLITE_FILE_NAME));
  }

  console.log('Afbeeldingen kopiëren…');
  const images = await copyUploads(dataDir, target);
  await writeFile(
    path.join(target, 'backup.json'),
    `${JSON.stringify({ createdAt: new Date().toISOString(), database: databaseUrl ? 'postgresql' : 'sqlite', uploadFiles: images }, null, 2)}\n`,
  );
  console.log(`Back-up klaar: ${target}`);
  return 0;
}

process.exitCode = await main();
