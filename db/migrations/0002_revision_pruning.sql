-- Hand-corrected after generation: the copy selected "pruned_at" from the old table, which has no such
-- column, and SQLite reads an unknown double-quoted name as the string 'pruned_at'; every copied row now gets NULL.
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_plan_revisions` (
	`plan_id` text NOT NULL,
	`revision` integer NOT NULL,
	`request` text,
	`itinerary` text,
	`change` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`pruned_at` integer,
	PRIMARY KEY(`plan_id`, `revision`),
	FOREIGN KEY (`plan_id`) REFERENCES `plans`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_plan_revisions`("plan_id", "revision", "request", "itinerary", "change", "created_at", "pruned_at") SELECT "plan_id", "revision", "request", "itinerary", "change", "created_at", NULL FROM `plan_revisions`;--> statement-breakpoint
DROP TABLE `plan_revisions`;--> statement-breakpoint
ALTER TABLE `__new_plan_revisions` RENAME TO `plan_revisions`;--> statement-breakpoint
PRAGMA foreign_keys=ON;