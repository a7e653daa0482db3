CREATE TABLE `data_access_requests` (
	`id` integer PRIMARY KEY NOT NULL,
	`email_hash` text NOT NULL,
	`ip_hash` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `data_access_requests_email_idx` ON `data_access_requests` (`email_hash`,`created_at`);--> statement-breakpoint
CREATE INDEX `data_access_requests_ip_idx` ON `data_access_requests` (`ip_hash`,`created_at`);--> statement-breakpoint
CREATE TABLE `data_access_tokens` (
	`id` integer PRIMARY KEY NOT NULL,
	`token_hash` text NOT NULL,
	`email_hash` text NOT NULL,
	`kind` text NOT NULL,
	`expires_at` integer NOT NULL,
	`used_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `data_access_tokens_token_hash_unique` ON `data_access_tokens` (`token_hash`);--> statement-breakpoint
CREATE INDEX `data_access_tokens_email_idx` ON `data_access_tokens` (`email_hash`,`kind`);--> statement-breakpoint
CREATE INDEX `data_access_tokens_expires_idx` ON `data_access_tokens` (`expires_at`);