CREATE TABLE `media_items` (
	`id` integer PRIMARY KEY NOT NULL,
	`src` text NOT NULL,
	`name` text NOT NULL,
	`width` integer NOT NULL,
	`height` integer NOT NULL,
	`bytes` integer NOT NULL,
	`alt` text DEFAULT '' NOT NULL,
	`caption` text,
	`credit` text,
	`uploaded_by` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`uploaded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `media_items_src_unique` ON `media_items` (`src`);--> statement-breakpoint
CREATE INDEX `media_items_created_idx` ON `media_items` (`created_at`);