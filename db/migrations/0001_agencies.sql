CREATE TABLE `agencies` (
	`id` text PRIMARY KEY NOT NULL,
	`edit_token_hash` text NOT NULL,
	`name` text NOT NULL,
	`contact` text DEFAULT '' NOT NULL,
	`accent_color` text DEFAULT '#0f3d3e' NOT NULL,
	`default_note` text DEFAULT '' NOT NULL,
	`logo` blob,
	`logo_mime` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
