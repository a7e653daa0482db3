import type { Db } from './index';

export function seedScaleContent(db: Db): void {
  void db;
  throw new Error('not yet');
}
