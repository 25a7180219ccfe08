-- sitrep store, schema version 2: compact, date-clustered events.
--
-- Version 1 kept each event's JSON record (about 1.2 kB with its spans) inside the events
-- row, so a query returning many events read records scattered through the whole file.
-- Here the events table holds only the typed fields that queries and merging filter on,
-- and its rowid (rkey) is the event's day number shifted left 32 bits plus a sequence
-- number: events of neighbouring dates share pages, in the events table and in
-- event_records (same rkey), so a date-bounded query reads a contiguous stretch of both.
-- Other tables keep referring to events by their text id, which does not move when a
-- merge changes an event's date (and with it its rkey).

CREATE TABLE events_v2 (
    rkey           INTEGER PRIMARY KEY,
    id             TEXT NOT NULL UNIQUE,
    event_date     TEXT,
    country        TEXT,
    admin1         TEXT,
    event_type     TEXT,
    sub_event_type TEXT,
    actor1         TEXT,
    actor2         TEXT,
    location       TEXT,
    latitude       REAL,
    longitude      REAL,
    fatalities     INTEGER NOT NULL
);

-- Day number as chrono's num_days_from_ce (0001-01-01 is day 1); 0 when there is no
-- readable date. The old rowid is unique, so it serves as the sequence number.
INSERT INTO events_v2
SELECT (coalesce(CAST(julianday(event_date) - 1721424.5 AS INTEGER), 0) << 32) + rowid,
       id, event_date, country, admin1, event_type, sub_event_type, actor1, actor2,
       json_extract(record, '$.location'), latitude, longitude, fatalities
FROM events;

CREATE TABLE event_records (
    rkey   INTEGER PRIMARY KEY,
    record TEXT NOT NULL
);
INSERT INTO event_records SELECT v.rkey, e.record FROM events e JOIN events_v2 v ON v.id = e.id;

DROP TABLE events;
ALTER TABLE events_v2 RENAME TO events;

CREATE INDEX events_date ON events(event_date);
CREATE INDEX events_country ON events(country, admin1, event_date);
CREATE INDEX events_country_date ON events(country, event_date);
CREATE INDEX events_type_date ON events(event_type, event_date);

-- Points of events with coordinates, for --bbox without a date range. R*Tree coordinates
-- are 32-bit floats rounded outwards, so the tree finds a superset and the query checks
-- the exact latitude and longitude.
CREATE VIRTUAL TABLE event_places USING rtree(rkey, min_lon, max_lon, min_lat, max_lat);
INSERT INTO event_places
SELECT rkey, longitude, longitude, latitude, latitude FROM events
WHERE latitude IS NOT NULL AND longitude IS NOT NULL;
