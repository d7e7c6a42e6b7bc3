-- Test only: creates a table, then fails; nothing of it may remain.
CREATE TABLE half_done (id INTEGER PRIMARY KEY);
INSERT INTO half_done (id) VALUES (1);
INSERT INTO no_such_table (id) VALUES (1);
