ALTER TABLE `comment_reports` ADD `address_hash` text;--> statement-breakpoint
CREATE INDEX `comment_reports_address_idx` ON `comment_reports` (`address_hash`,`created_at`);