-- Fresh statistics: the planner learns how skewed region is.
ANALYZE orders;
