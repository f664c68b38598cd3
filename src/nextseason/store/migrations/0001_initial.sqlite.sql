-- nextseason store, version 1 (SQLite). Dates are ISO text; JSON is text.
CREATE TABLE clusters (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL
);

CREATE TABLE documents (
    id TEXT PRIMARY KEY,                 -- content hash
    seq INTEGER NOT NULL UNIQUE,         -- ingestion order
    doc_id TEXT NOT NULL,                -- external id (JSONL id, path, URL)
    url TEXT,
    domain TEXT,
    title TEXT,
    text TEXT NOT NULL,
    published TEXT,                      -- stated by the source
    published_start TEXT,
    published_end TEXT,
    published_precision TEXT,
    published_label TEXT,
    published_effective TEXT,            -- stated, else inferred range end (or start)
    published_basis TEXT NOT NULL,
    boilerplate TEXT NOT NULL DEFAULT '[]',
    folded TEXT NOT NULL DEFAULT '[]',
    source_kind TEXT NOT NULL,
    metadata TEXT NOT NULL DEFAULT '{}',
    minhash BLOB,
    cluster_id TEXT REFERENCES clusters(id),
    ingested_at TEXT NOT NULL
);
CREATE INDEX documents_doc_id ON documents(doc_id);
CREATE INDEX documents_cluster ON documents(cluster_id);

CREATE TABLE claims (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    work TEXT NOT NULL,
    work_key TEXT NOT NULL,
    season INTEGER,
    kind TEXT NOT NULL,
    value TEXT,                          -- JSON (intervals keep precision and label)
    polarity TEXT NOT NULL,
    certainty TEXT NOT NULL,
    as_of TEXT,                          -- JSON interval
    source TEXT,
    quote TEXT NOT NULL,
    quote_start INTEGER NOT NULL,
    quote_end INTEGER NOT NULL,
    UNIQUE (document_id, ordinal)
);
CREATE INDEX claims_work_season ON claims(work_key, season);
CREATE INDEX claims_document ON claims(document_id);

CREATE TABLE rejections (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    source TEXT NOT NULL,
    reason TEXT NOT NULL,
    detail TEXT,
    at TEXT NOT NULL,
    UNIQUE (source, reason)
);

CREATE TABLE aliases (
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    canonical TEXT NOT NULL,
    origin TEXT NOT NULL,
    PRIMARY KEY (kind, name)
);
