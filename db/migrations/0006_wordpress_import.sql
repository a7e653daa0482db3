CREATE TABLE `redirects` (
	`path` text PRIMARY KEY NOT NULL,
	`target` text NOT NULL,
	`origin` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
ALTER TABLE `articles` ADD `wp_post_id` integer;--> statement-breakpoint
ALTER TABLE `articles` ADD `wp_hash` text;--> statement-breakpoint
CREATE UNIQUE INDEX `articles_wp_post_id_unique` ON `articles` (`wp_post_id`);--> statement-breakpoint
ALTER TABLE `comments` ADD `wp_comment_id` integer;--> statement-breakpoint
CREATE UNIQUE INDEX `comments_wp_comment_id_unique` ON `comments` (`wp_comment_id`);--> statement-breakpoint
ALTER TABLE `sections` ADD `wp_term_id` integer;--> statement-breakpoint
CREATE UNIQUE INDEX `sections_wp_term_id_unique` ON `sections` (`wp_term_id`);--> statement-breakpoint
ALTER TABLE `tags` ADD `wp_term_id` integer;--> statement-breakpoint
CREATE UNIQUE INDEX `tags_wp_term_id_unique` ON `tags` (`wp_term_id`);--> statement-breakpoint
ALTER TABLE `users` ADD `wp_login` text;--> statement-breakpoint
CREATE UNIQUE INDEX `users_wp_login_unique` ON `users` (`wp_login`);