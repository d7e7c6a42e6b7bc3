-- Test only: a good migration after the app's own.
CREATE TABLE extra_ok (id INTEGER PRIMARY KEY);
