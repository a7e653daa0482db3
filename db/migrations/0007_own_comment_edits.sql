ALTER TABLE `comments` ADD `edited_by` text;--> statement-breakpoint
ALTER TABLE `comments` ADD `deleted_at` integer;--> statement-breakpoint
CREATE INDEX `comments_status_deleted_idx` ON `comments` (`status`,`deleted_at`);