ALTER TABLE `articles` ADD `body_text` text DEFAULT '' NOT NULL;--> statement-breakpoint
-- Articles written before this column get their Markdown as text: SQL cannot call the renderer
-- (lib/markdown.ts), but the search tokenizer skips Markdown's punctuation alike; their next save
-- stores the true text.
UPDATE `articles` SET `body_text` = `body_markdown`;
