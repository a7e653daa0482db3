CREATE TABLE `pages` (
	`id` integer PRIMARY KEY NOT NULL,
	`slug` text NOT NULL,
	`title` text NOT NULL,
	`body_markdown` text NOT NULL,
	`body_html` text NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`in_footer` integer DEFAULT false NOT NULL,
	`footer_position` integer DEFAULT 0 NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`wp_post_id` integer,
	`wp_hash` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `pages_slug_unique` ON `pages` (`slug`);--> statement-breakpoint
CREATE UNIQUE INDEX `pages_wp_post_id_unique` ON `pages` (`wp_post_id`);--> statement-breakpoint
CREATE INDEX `pages_footer_idx` ON `pages` (`in_footer`,`status`,`footer_position`);