CREATE TABLE `comment_surges` (
	`id` integer PRIMARY KEY NOT NULL,
	`article_id` integer NOT NULL,
	`started_at` integer NOT NULL,
	`ends_at` integer NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `comment_surges_article_idx` ON `comment_surges` (`article_id`,`ends_at`);--> statement-breakpoint
CREATE INDEX `comment_surges_ends_idx` ON `comment_surges` (`ends_at`);--> statement-breakpoint
ALTER TABLE `comments` ADD `edited_by` text;--> statement-breakpoint
ALTER TABLE `comments` ADD `deleted_at` integer;--> statement-breakpoint
CREATE INDEX `comments_status_deleted_idx` ON `comments` (`status`,`deleted_at`);