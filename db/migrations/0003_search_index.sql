-- Full-text search over the articles (db/search.ts). The index holds every article whatever its status:
-- drafts and scheduled articles are filtered out when searching (status and published_at), so an
-- article appears at its publication time without any reindexing, and disappears when unpublished.
-- unicode61 folds case and, with remove_diacritics 2, accents ("securite" finds "sécurité"); ’ and '
-- are punctuation to it and already separate words ("OTSC" finds "l’OTSC"); U+02BC, the modifier-letter
-- apostrophe that some keyboards type, is a letter for Unicode and is made a separator here too.
-- The rowid of a search row is its article's id.
CREATE VIRTUAL TABLE `article_search` USING fts5(title, dek, body, tags, tokenize = "unicode61 remove_diacritics 2 separators 'ʼ'");
--> statement-breakpoint
INSERT INTO `article_search` (rowid, title, dek, body, tags)
  SELECT a.id, a.title, a.dek, a.body_text,
    coalesce((SELECT group_concat(t.name, ' ') FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE at.article_id = a.id), '')
  FROM articles a;
--> statement-breakpoint
-- A new article has no tags yet: article_tags rows can only follow it.
CREATE TRIGGER `article_search_after_insert` AFTER INSERT ON `articles` BEGIN
  INSERT INTO `article_search` (rowid, title, dek, body, tags) VALUES (new.id, new.title, new.dek, new.body_text, '');
END;
--> statement-breakpoint
CREATE TRIGGER `article_search_after_update` AFTER UPDATE OF title, dek, body_text ON `articles` BEGIN
  UPDATE `article_search` SET title = new.title, dek = new.dek, body = new.body_text WHERE rowid = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER `article_search_after_delete` AFTER DELETE ON `articles` BEGIN
  DELETE FROM `article_search` WHERE rowid = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER `article_search_after_tag_insert` AFTER INSERT ON `article_tags` BEGIN
  UPDATE `article_search` SET tags = coalesce((SELECT group_concat(t.name, ' ') FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE at.article_id = new.article_id), '')
  WHERE rowid = new.article_id;
END;
--> statement-breakpoint
-- Also run by the cascade when an article or a tag is deleted.
CREATE TRIGGER `article_search_after_tag_delete` AFTER DELETE ON `article_tags` BEGIN
  UPDATE `article_search` SET tags = coalesce((SELECT group_concat(t.name, ' ') FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE at.article_id = old.article_id), '')
  WHERE rowid = old.article_id;
END;
--> statement-breakpoint
CREATE TRIGGER `article_search_after_tag_update` AFTER UPDATE ON `article_tags` BEGIN
  UPDATE `article_search` SET tags = coalesce((SELECT group_concat(t.name, ' ') FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE at.article_id = article_search.rowid), '')
  WHERE rowid IN (old.article_id, new.article_id);
END;
--> statement-breakpoint
-- A renamed tag is renamed in every article that carries it.
CREATE TRIGGER `article_search_after_tag_rename` AFTER UPDATE OF name ON `tags` BEGIN
  UPDATE `article_search` SET tags = coalesce((SELECT group_concat(t.name, ' ') FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE at.article_id = article_search.rowid), '')
  WHERE rowid IN (SELECT article_id FROM article_tags WHERE tag_id = new.id);
END;
