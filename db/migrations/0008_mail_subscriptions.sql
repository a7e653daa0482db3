CREATE TABLE `mail_addresses` (
	`email_hash` text PRIMARY KEY NOT NULL,
	`email_sealed` text NOT NULL,
	`confirmed_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `mail_confirmations` (
	`id` integer PRIMARY KEY NOT NULL,
	`email_hash` text NOT NULL,
	`ip_hash` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `mail_confirmations_email_idx` ON `mail_confirmations` (`email_hash`,`created_at`);--> statement-breakpoint
CREATE INDEX `mail_confirmations_ip_idx` ON `mail_confirmations` (`ip_hash`,`created_at`);--> statement-breakpoint
CREATE TABLE `mail_notices` (
	`comment_id` integer NOT NULL,
	`email_hash` text NOT NULL,
	`kind` text NOT NULL,
	PRIMARY KEY(`comment_id`, `email_hash`, `kind`),
	FOREIGN KEY (`comment_id`) REFERENCES `comments`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `mail_subscriptions` (
	`comment_id` integer NOT NULL,
	`email_hash` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	PRIMARY KEY(`comment_id`, `email_hash`),
	FOREIGN KEY (`comment_id`) REFERENCES `comments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`email_hash`) REFERENCES `mail_addresses`(`email_hash`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `mail_subscriptions_email_idx` ON `mail_subscriptions` (`email_hash`);