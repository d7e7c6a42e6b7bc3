-- Test only: what a newer version of the app would have added.
CREATE TABLE newer_feature (id INTEGER PRIMARY KEY);
