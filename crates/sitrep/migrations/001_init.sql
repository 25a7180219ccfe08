-- sitrep store, schema version 1.
CREATE TABLE documents (
    id            TEXT PRIMARY KEY,
    input         TEXT NOT NULL,
    url           TEXT,
    source        TEXT,
    published     TEXT,
    title         TEXT,
    text          TEXT NOT NULL,
    content_hash  TEXT NOT NULL,
    minhash       BLOB NOT NULL,
    duplicate_of  TEXT REFERENCES documents(id),
    duplicate_why TEXT
);
CREATE INDEX documents_content_hash ON documents(content_hash);

-- MinHash signature in 16 bands of 4 values: near-copies share a band.
CREATE TABLE minhash_bands (
    band   INTEGER NOT NULL,
    value  INTEGER NOT NULL,
    doc_id TEXT NOT NULL REFERENCES documents(id),
    PRIMARY KEY (band, value, doc_id)
);

CREATE TABLE events (
    id             TEXT PRIMARY KEY,
    event_date     TEXT,
    country        TEXT,
    admin1         TEXT,
    event_type     TEXT,
    sub_event_type TEXT,
    actor1         TEXT,
    actor2         TEXT,
    latitude       REAL,
    longitude      REAL,
    fatalities     INTEGER NOT NULL,
    record         TEXT NOT NULL
);
CREATE INDEX events_date ON events(event_date);
CREATE INDEX events_country ON events(country, admin1, event_date);
CREATE INDEX events_country_date ON events(country, event_date);
CREATE INDEX events_type_date ON events(event_type, event_date);

-- What each report said about an event: the record coded from that document, spans included.
CREATE TABLE mentions (
    event_id  TEXT NOT NULL REFERENCES events(id),
    doc_id    TEXT NOT NULL REFERENCES documents(id),
    record_id TEXT NOT NULL,
    record    TEXT NOT NULL,
    reason    TEXT NOT NULL,
    PRIMARY KEY (event_id, doc_id, record_id)
);
CREATE INDEX mentions_doc ON mentions(doc_id);

CREATE TABLE event_sources (
    event_id TEXT NOT NULL REFERENCES events(id),
    source   TEXT NOT NULL,
    PRIMARY KEY (event_id, source)
);
