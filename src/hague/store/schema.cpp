#include "hague/store/schema.hpp"

#include <array>

namespace hague::store {

namespace {

// Version 1: the NATO editions and the reference data that explains them.
constexpr std::string_view v1 = R"sql(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE editions (
    id                  TEXT PRIMARY KEY,
    title               TEXT NOT NULL,
    published           TEXT NOT NULL,
    first_year          INTEGER NOT NULL,
    last_year           INTEGER NOT NULL CHECK (last_year >= first_year),
    estimate_years      TEXT NOT NULL,   -- ';'-separated years, as in editions.csv
    constant_price_base INTEGER NOT NULL,
    source              TEXT NOT NULL,
    coverage            TEXT NOT NULL
);
CREATE TABLE entities (
    code    TEXT PRIMARY KEY,
    kind    TEXT NOT NULL CHECK (kind IN ('ally', 'aggregate')),
    name_en TEXT NOT NULL
);
CREATE TABLE allies (
    code        TEXT PRIMARY KEY REFERENCES entities (code),
    position    INTEGER NOT NULL,        -- order of allies.csv
    nato_joined INTEGER NOT NULL,
    eu_joined   INTEGER,
    eu_left     INTEGER,
    currency    TEXT NOT NULL
);
CREATE TABLE indicators (
    name        TEXT PRIMARY KEY,
    position    INTEGER NOT NULL,
    unit        TEXT NOT NULL,
    nato_table  TEXT NOT NULL,
    description TEXT NOT NULL
);
CREATE TABLE observations (
    edition   TEXT NOT NULL REFERENCES editions (id),
    entity    TEXT NOT NULL REFERENCES entities (code),
    year      INTEGER NOT NULL,
    indicator TEXT NOT NULL REFERENCES indicators (name),
    value     REAL NOT NULL,
    estimate  INTEGER NOT NULL CHECK (estimate IN (0, 1)),
    source    TEXT NOT NULL,
    PRIMARY KEY (edition, year, indicator, entity)
) WITHOUT ROWID;
CREATE INDEX observations_by_entity ON observations (edition, entity, indicator, year);
CREATE TABLE commitments (
    position   INTEGER PRIMARY KEY,
    entity     TEXT NOT NULL,
    kind       TEXT NOT NULL,
    target_pct REAL NOT NULL,
    by_year    INTEGER,
    announced  TEXT NOT NULL,
    source     TEXT NOT NULL,
    note       TEXT NOT NULL
);
CREATE TABLE sipri (
    country               TEXT NOT NULL,
    year                  INTEGER NOT NULL,
    milex_usd_current_m   REAL NOT NULL,
    share_gdp_pct         REAL NOT NULL,
    milex_usd_const2023_m REAL NOT NULL,
    estimate              INTEGER NOT NULL CHECK (estimate IN (0, 1)),
    source                TEXT NOT NULL,
    PRIMARY KEY (country, year)
);
CREATE TABLE missing_reasons (
    position  INTEGER PRIMARY KEY,       -- most specific first
    entity    TEXT NOT NULL,
    edition   TEXT NOT NULL,
    indicator TEXT NOT NULL,
    year      TEXT NOT NULL,
    reason    TEXT NOT NULL
);
)sql";

// Version 2: each missing-value reason has a message key, so that it can be shown in every
// language (data/missing.csv's key column). Existing rows get '' until the next load fills them.
constexpr std::string_view v2 = R"sql(
ALTER TABLE missing_reasons ADD COLUMN key TEXT NOT NULL DEFAULT '';
DELETE FROM meta WHERE key = 'bundle_digest';
)sql";

// Version 3: observations keyed in the order a snapshot reads them, (edition, entity, indicator,
// year): one range scan of the key gives an edition already sorted, and the by-entity index that
// served `show` is no longer needed (every read is a whole edition now).
constexpr std::string_view v3 = R"sql(
CREATE TABLE observations_v3 (
    edition   TEXT NOT NULL REFERENCES editions (id),
    entity    TEXT NOT NULL REFERENCES entities (code),
    year      INTEGER NOT NULL,
    indicator TEXT NOT NULL REFERENCES indicators (name),
    value     REAL NOT NULL,
    estimate  INTEGER NOT NULL CHECK (estimate IN (0, 1)),
    source    TEXT NOT NULL,
    PRIMARY KEY (edition, entity, indicator, year)
) WITHOUT ROWID;
INSERT INTO observations_v3 (edition, entity, year, indicator, value, estimate, source)
    SELECT edition, entity, year, indicator, value, estimate, source FROM observations;
DROP INDEX observations_by_entity;
DROP TABLE observations;
ALTER TABLE observations_v3 RENAME TO observations;
)sql";

// Version 4: editions say where they came from (bundled with hague, or imported by `hague
// import`, which only an imported one may be removed) and carry the import's notes (consistency
// warnings accepted with --accept-warnings), which `show` and the report display; SIPRI's figures
// say the same of themselves, and an imported one outlives the bundle's of the same year.
constexpr std::string_view v4 = R"sql(
ALTER TABLE editions ADD COLUMN origin TEXT NOT NULL DEFAULT 'bundled'
    CHECK (origin IN ('bundled', 'imported'));
ALTER TABLE editions ADD COLUMN notes TEXT NOT NULL DEFAULT '';
ALTER TABLE sipri ADD COLUMN origin TEXT NOT NULL DEFAULT 'bundled'
    CHECK (origin IN ('bundled', 'imported'));
)sql";

// Version 5: each source text is stored once (sources) and an observation names it by id. The
// bundled editions' 11,691 rows cite 26 texts of about 280 characters: a whole edition read 3.2 MB
// of pages for figures that take 0.7 MB, and every row's text was compared to keep it once.
constexpr std::string_view v5 = R"sql(
CREATE TABLE sources (
    id   INTEGER PRIMARY KEY,
    text TEXT NOT NULL UNIQUE
);
INSERT INTO sources (text) SELECT DISTINCT source FROM observations ORDER BY source;
CREATE TABLE observations_v5 (
    edition   TEXT NOT NULL REFERENCES editions (id),
    entity    TEXT NOT NULL REFERENCES entities (code),
    year      INTEGER NOT NULL,
    indicator TEXT NOT NULL REFERENCES indicators (name),
    value     REAL NOT NULL,
    estimate  INTEGER NOT NULL CHECK (estimate IN (0, 1)),
    source_id INTEGER NOT NULL REFERENCES sources (id),
    PRIMARY KEY (edition, entity, indicator, year)
) WITHOUT ROWID;
INSERT INTO observations_v5 (edition, entity, year, indicator, value, estimate, source_id)
    SELECT o.edition, o.entity, o.year, o.indicator, o.value, o.estimate, s.id
    FROM observations o JOIN sources s ON s.text = o.source;
DROP TABLE observations;
ALTER TABLE observations_v5 RENAME TO observations;
)sql";

constexpr std::array<Migration, 5> all = {{{1, v1}, {2, v2}, {3, v3}, {4, v4}, {5, v5}}};

} // namespace

std::span<const Migration> migrations() {
    return all;
}

int current_schema_version() {
    return all.back().version;
}

} // namespace hague::store
