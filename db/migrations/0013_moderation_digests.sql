CREATE TABLE `moderation_digests` (
	`user_id` integer PRIMARY KEY NOT NULL,
	`frequency` text DEFAULT 'none' NOT NULL,
	`last_period_start` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
