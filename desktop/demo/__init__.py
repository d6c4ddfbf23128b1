"""A realistic demo database: one completed round and one open round with fictional institutions."""
