// `node --import tsx src/features/transfer/write-schema.ts` rewrites docs/practice-export.schema.json
// after a change to transfer-tables.ts or transfer-format.ts (transfer-format.test.ts says when);
// then `npx biome check --write docs/practice-export.schema.json` lays it out as the repository does.
import { writeFileSync } from 'node:fs';
import { PRACTICE_EXPORT_SCHEMA_FILE, practiceExportSchemaText } from './transfer-format.ts';

writeFileSync(PRACTICE_EXPORT_SCHEMA_FILE, practiceExportSchemaText());
