#include "hague/store/sqlite_store.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <map>
#include <set>
#include <system_error>
#include <tuple>
#include <unordered_map>

#include <unistd.h>

#include "hague/core/error.hpp"
#include "hague/store/schema.hpp"

namespace hague::store {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view digest_key = "bundle_digest";

/// Creates the database's directory and checks it can be written, so that the error names the
/// directory and the reason instead of SQLite's generic "unable to open database file".
void prepare_directory(const std::string& path) {
    const fs::path file(path);
    fs::path dir = file.parent_path();
    if (dir.empty())
        dir = ".";
    std::error_code ec;
    fs::create_directories(dir, ec);
    HAGUE_REQUIRE(!ec, ErrorKind::Io, "cannot create database directory '{}': {}", dir.string(),
                  ec.message());
    if (!fs::exists(file, ec))
        HAGUE_REQUIRE(::access(dir.c_str(), W_OK) == 0, ErrorKind::Io,
                      "cannot create database '{}': directory '{}' is not writable ({})", path,
                      dir.string(), std::strerror(errno));
    else
        HAGUE_REQUIRE(fs::is_regular_file(file, ec), ErrorKind::Io,
                      "database '{}' is not a regular file", path);
}

std::string join_years(const std::vector<Year>& years) {
    std::string s;
    for (const auto& y : years)
        s += (s.empty() ? "" : ";") + std::to_string(y.value());
    return s;
}

std::vector<Year> split_years(const std::string& s) {
    std::vector<Year> years;
    std::size_t start = 0;
    while (start < s.size()) {
        auto end = s.find(';', start);
        if (end == std::string::npos)
            end = s.size();
        const auto item = std::string_view(s).substr(start, end - start);
        const auto y = Year::parse(item);
        HAGUE_CHECK(y.has_value(), ErrorKind::DataIntegrity, "err_db_bad_estimate_year",
                    "the database is damaged: estimate year '{}' is not a year (see 'hague db "
                    "check' and 'hague db repair')",
                    std::string(item));
        years.push_back(*y);
        start = end + 1;
    }
    return years;
}

/// A year read from the database: an integer within Year::min_value..max_value, else the
/// database is damaged (DataIntegrity), never "--from 100000 is not before 2035".
Year year_at(const Statement& st, int column) {
    const auto y = st.integer(column);
    HAGUE_CHECK(y >= Year::min_value && y <= Year::max_value, ErrorKind::DataIntegrity,
                "err_db_bad_year",
                "the database is damaged: year {} is outside {}-{} (see 'hague db check' and "
                "'hague db repair')",
                y, Year::min_value, Year::max_value);
    return Year(static_cast<int>(y));
}

std::optional<Year> optional_year(const Statement& st, int column) {
    if (st.is_null(column))
        return std::nullopt;
    return year_at(st, column);
}

template <typename T> void bind_optional_year(Statement& st, int index, const std::optional<T>& y) {
    if (y)
        st.bind(index, y->value());
    else
        st.bind(index, std::nullopt);
}

EntityCode entity(const Statement& st, int column) {
    const auto text = st.text(column);
    auto code = EntityCode::parse(text);
    // Exactly as written ("deu" would parse, but it is not what any edition stores).
    HAGUE_CHECK(code.has_value() && code->str() == text, ErrorKind::DataIntegrity,
                "err_db_bad_entity",
                "the database is damaged: entity code '{}' is not an ISO3 code in capitals (see "
                "'hague db check' and 'hague db repair')",
                text);
    return *code;
}

/// The origin in column `i`; a value the schema's CHECK should have refused is a damaged database.
Origin origin_at(const Statement& st, int i) {
    const auto text = st.text(i);
    const auto origin = parse_origin(text);
    HAGUE_CHECK(origin.has_value(), ErrorKind::DataIntegrity, "err_db_bad_origin",
                "the database is damaged: origin '{}' is neither bundled nor imported (see 'hague "
                "db check' and 'hague db repair')",
                text);
    return *origin;
}

/// INSERT of an edition row, with its origin and notes.
void insert_edition(Connection& db, const Edition& e, Origin origin) {
    Statement edi(db, "INSERT INTO editions (id, title, published, first_year, last_year, "
                      "estimate_years, constant_price_base, source, coverage, origin, notes) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    edi.bind(1, e.id)
        .bind(2, e.title)
        .bind(3, e.published)
        .bind(4, e.first_year.value())
        .bind(5, e.last_year.value())
        .bind(6, join_years(e.estimate_years))
        .bind(7, e.constant_price_base)
        .bind(8, e.source)
        .bind(9, e.coverage)
        .bind(10, to_string(origin))
        .bind(11, e.notes)
        .run();
}

/// INSERT of the observations `keep` accepts; each source text is stored once (schema v5), and
/// looked up once a call.
template <typename Keep>
void insert_observations(Connection& db, std::span<const Observation> observations, Keep&& keep) {
    Statement obs(db, "INSERT INTO observations (edition, entity, year, indicator, value, "
                      "estimate, source_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    Statement add_source(db,
                         "INSERT INTO sources (text) VALUES (?1) ON CONFLICT (text) DO NOTHING");
    Statement source_id(db, "SELECT id FROM sources WHERE text = ?1");
    std::unordered_map<std::string_view, std::int64_t> ids; // keys view the observations' texts
    const auto id_of = [&](const std::string& text) {
        if (const auto it = ids.find(text); it != ids.end())
            return it->second;
        add_source.bind(1, text).run();
        source_id.bind(1, text);
        HAGUE_REQUIRE(source_id.step(), ErrorKind::Internal, "a source just stored is not found");
        const auto id = source_id.integer(0);
        source_id.reset();
        ids.emplace(text, id);
        return id;
    };
    for (const auto& o : observations) {
        if (!keep(o))
            continue;
        obs.bind(1, o.edition)
            .bind(2, o.entity.str())
            .bind(3, o.year.value())
            .bind(4, o.indicator)
            .bind(5, o.value)
            .bind(6, o.estimate ? 1 : 0)
            .bind(7, id_of(o.source.str()))
            .run();
    }
}

/// Deletes the source texts no observation cites any more (after observations are deleted).
void forget_unused_sources(Connection& db) {
    db.exec("DELETE FROM sources WHERE id NOT IN (SELECT source_id FROM observations)");
}

/// SIPRI's figures: bundled ones give way to imported ones of the same country and year (the
/// bundle's load ignores a row that exists), imported ones replace whatever is there.
void insert_sipri(Connection& db, std::span<const SipriObservation> rows, Origin origin) {
    Statement sip(db, fmt::format("INSERT OR {} INTO sipri (country, year, milex_usd_current_m, "
                                  "share_gdp_pct, milex_usd_const2023_m, estimate, source, "
                                  "origin) VALUES (?1,?2,?3,?4,?5,?6,?7,?8)",
                                  origin == Origin::Imported ? "REPLACE" : "IGNORE"));
    for (const auto& s : rows)
        sip.bind(1, s.country.str())
            .bind(2, s.year.value())
            .bind(3, s.milex_usd_current_m)
            .bind(4, s.share_gdp_pct)
            .bind(5, s.milex_usd_const2023_m)
            .bind(6, s.estimate ? 1 : 0)
            .bind(7, s.source)
            .bind(8, to_string(origin))
            .run();
}

} // namespace

SqliteStore::SqliteStore(const std::string& path) : db_(std::make_unique<Connection>(path)) {}

std::unique_ptr<SqliteStore> SqliteStore::open(const std::string& path) {
    HAGUE_REQUIRE(!path.empty(), ErrorKind::InvalidInput, "empty database path");
    if (path != ":memory:")
        prepare_directory(path);
    std::unique_ptr<SqliteStore> store(new SqliteStore(path));
    store->migrate();
    return store;
}

void SqliteStore::migrate() {
    // Each statement is finished before the migrations run: DROP TABLE fails while another
    // statement of the connection is still open.
    const auto version = [&] {
        Statement version_query(*db_, "PRAGMA user_version");
        version_query.step(); // fails here, untouched, if the file is not a database
        return static_cast<int>(version_query.integer(0));
    }();
    const int current = current_schema_version();
    HAGUE_REQUIRE(version <= current, ErrorKind::Database,
                  "database '{}' has schema version {}, newer than this hague reads ({}); "
                  "upgrade hague or open another database",
                  db_->path(), version, current);
    if (version == current)
        return;
    // Another process may be migrating the same file right now: take the write lock (waiting
    // for it), then read the version again and start from what it is then.
    Transaction tx(*db_);
    const auto locked_version = [&] {
        Statement version_query(*db_, "PRAGMA user_version");
        version_query.step();
        return static_cast<int>(version_query.integer(0));
    }();
    if (locked_version == current) {
        tx.commit();
        return;
    }
    if (locked_version == 0) {
        const auto tables = [&] {
            Statement count(*db_, "SELECT count(*) FROM sqlite_master");
            count.step();
            return count.integer(0);
        }();
        HAGUE_REQUIRE(tables == 0, ErrorKind::Database,
                      "'{}' is a SQLite database but not a hague database (it has tables and no "
                      "schema version); it was left untouched: open another database",
                      db_->path());
    }
    for (const auto& m : migrations()) {
        if (m.version <= locked_version)
            continue;
        db_->exec(m.sql);
        db_->exec(fmt::format("PRAGMA user_version = {}", m.version));
    }
    tx.commit();
}

std::vector<Edition> SqliteStore::editions() const {
    Statement st(*db_, "SELECT id, title, published, first_year, last_year, estimate_years, "
                       "constant_price_base, source, coverage, origin, notes FROM editions "
                       "ORDER BY id");
    std::vector<Edition> out;
    while (st.step())
        out.push_back(Edition{.id = st.text(0),
                              .title = st.text(1),
                              .published = st.text(2),
                              .first_year = year_at(st, 3),
                              .last_year = year_at(st, 4),
                              .estimate_years = split_years(st.text(5)),
                              .constant_price_base = static_cast<int>(st.integer(6)),
                              .source = st.text(7),
                              .coverage = st.text(8),
                              .origin = origin_at(st, 9),
                              .notes = st.text(10)});
    return out;
}

std::vector<Ally> SqliteStore::allies() const {
    Statement st(*db_, "SELECT a.code, e.name_en, a.nato_joined, a.eu_joined, a.eu_left, "
                       "a.currency FROM allies a JOIN entities e USING (code) ORDER BY a.position");
    std::vector<Ally> out;
    while (st.step())
        out.push_back(Ally{.code = entity(st, 0),
                           .name_en = st.text(1),
                           .nato_joined = year_at(st, 2),
                           .eu_joined = optional_year(st, 3),
                           .eu_left = optional_year(st, 4),
                           .currency = st.text(5)});
    return out;
}

std::vector<Indicator> SqliteStore::indicators() const {
    Statement st(*db_, "SELECT name, unit, nato_table, description FROM indicators "
                       "ORDER BY position");
    std::vector<Indicator> out;
    while (st.step())
        out.push_back({st.text(0), st.text(1), st.text(2), st.text(3)});
    return out;
}

std::vector<Commitment> SqliteStore::commitments() const {
    Statement st(*db_, "SELECT entity, kind, target_pct, by_year, announced, source, note "
                       "FROM commitments ORDER BY position");
    std::vector<Commitment> out;
    while (st.step())
        out.push_back(Commitment{.entity = st.text(0),
                                 .kind = st.text(1),
                                 .target_pct = st.real(2),
                                 .by_year = optional_year(st, 3),
                                 .announced = st.text(4),
                                 .source = st.text(5),
                                 .note = st.text(6)});
    return out;
}

std::vector<MissingReason> SqliteStore::missing_reasons() const {
    Statement st(*db_, "SELECT entity, edition, indicator, year, key, reason FROM missing_reasons "
                       "ORDER BY position");
    std::vector<MissingReason> out;
    while (st.step())
        out.push_back({st.text(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5)});
    return out;
}

std::vector<SipriObservation> SqliteStore::sipri() const {
    Statement st(*db_, "SELECT country, year, milex_usd_current_m, share_gdp_pct, "
                       "milex_usd_const2023_m, estimate, source, origin FROM sipri "
                       "ORDER BY country, year");
    std::vector<SipriObservation> out;
    while (st.step())
        out.push_back(SipriObservation{.country = entity(st, 0),
                                       .year = year_at(st, 1),
                                       .milex_usd_current_m = st.real(2),
                                       .share_gdp_pct = st.real(3),
                                       .milex_usd_const2023_m = st.real(4),
                                       .estimate = st.integer(5) != 0,
                                       .source = st.text(6),
                                       .origin = origin_at(st, 7)});
    return out;
}

ReferenceData SqliteStore::reference() const {
    const std::lock_guard lock(mutex_);
    ReferenceData r{editions(), allies(), indicators(), commitments(), sipri(), missing_reasons()};
    std::stable_sort(r.editions.begin(), r.editions.end(),
                     [](const Edition& a, const Edition& b) { return a.published < b.published; });
    return r;
}

std::vector<Observation> SqliteStore::observations(std::string_view edition) const {
    return read_observations(edition, std::nullopt);
}

std::vector<Observation> SqliteStore::observations(std::string_view edition,
                                                   std::string_view indicator) const {
    return read_observations(edition, indicator);
}

std::vector<Observation>
SqliteStore::read_observations(std::string_view edition,
                               std::optional<std::string_view> indicator) const {
    const std::lock_guard lock(mutex_);
    // The primary key (edition, entity, indicator, year) is the order the snapshot wants: one
    // range scan, no sort (schema version 3). One indicator is a filter on the same scan.
    const std::string_view where =
        indicator ? "WHERE edition = ?1 AND indicator = ?2" : "WHERE edition = ?1";
    Statement st(*db_, fmt::format("SELECT entity, year, indicator, value, estimate, source_id "
                                   "FROM observations {} ORDER BY entity, indicator, year",
                                   where));
    Statement count(*db_, fmt::format("SELECT count(*) FROM observations {}", where));
    for (auto* s : {&st, &count}) {
        s->bind(1, edition);
        if (indicator)
            s->bind(2, *indicator);
    }
    // The texts the rows cite, each read and kept once (schema v5), when first cited: the bundled
    // editions' rows come from a handful of tables, a workbook's import names the cell, a source
    // a row.
    Statement text_of(*db_, "SELECT text FROM sources WHERE id = ?1");
    std::unordered_map<std::int64_t, SharedText> sources;
    const auto source = [&](std::int64_t id) -> const SharedText& {
        if (const auto it = sources.find(id); it != sources.end())
            return it->second;
        text_of.bind(1, id);
        HAGUE_CHECK(text_of.step(), ErrorKind::DataIntegrity, "err_db_unknown_source",
                    "the database is damaged: an observation of edition {} cites source {}, "
                    "which is not stored (see 'hague db check' and 'hague db repair')",
                    std::string(edition), id);
        SharedText text(text_of.text_view(0));
        text_of.reset();
        return sources.emplace(id, std::move(text)).first->second;
    };
    std::vector<Observation> out;
    if (count.step()) // one allocation: growing by doubling touched twice the memory
        out.reserve(static_cast<std::size_t>(count.integer(0)));
    const std::string edition_id(edition);
    while (st.step()) {
        const auto& text = source(st.integer(5));
        out.push_back(Observation{.edition = edition_id,
                                  .entity = entity(st, 0),
                                  .year = year_at(st, 1),
                                  .indicator = st.text(2),
                                  .value = st.real(3),
                                  .estimate = st.integer(4) != 0,
                                  .source = text});
    }
    return out;
}

std::string SqliteStore::bundle_digest() const {
    const std::lock_guard lock(mutex_);
    return read_digest();
}

std::string SqliteStore::read_digest() const {
    Statement st(*db_, "SELECT value FROM meta WHERE key = ?1");
    st.bind(1, digest_key);
    return st.step() ? st.text(0) : std::string{};
}

std::string SqliteStore::location() const {
    const std::lock_guard lock(mutex_);
    return db_->path();
}

StoreInfo SqliteStore::info() const {
    const std::lock_guard lock(mutex_);
    StoreInfo info;
    info.location = db_->path();
    Statement v(*db_, "PRAGMA user_version");
    v.step();
    info.schema_version = static_cast<int>(v.integer(0));
    info.engine = "SQLite " + sqlite_version();
    info.bundle_digest = read_digest();
    for (const auto& e : editions())
        info.editions.push_back(e.id);
    for (const char* table : {"editions", "entities", "allies", "indicators", "observations",
                              "sources", "commitments", "sipri", "missing_reasons"}) {
        Statement count(*db_, fmt::format("SELECT count(*) FROM {}", table));
        count.step();
        info.row_counts.emplace_back(table, count.integer(0));
    }
    return info;
}

std::vector<std::string> SqliteStore::check() const {
    const std::lock_guard lock(mutex_);
    std::vector<std::string> problems;
    Statement integrity(*db_, "PRAGMA integrity_check");
    while (integrity.step()) {
        const auto line = integrity.text(0);
        if (line != "ok")
            problems.push_back("SQLite integrity check: " + line);
    }
    Statement fk(*db_, "PRAGMA foreign_key_check");
    while (fk.step())
        problems.push_back(fmt::format(
            "table {} row {} refers to a missing row of {}", fk.text(0),
            fk.is_null(1) ? std::string("(no rowid)") : std::to_string(fk.integer(1)), fk.text(2)));
    const std::pair<const char*, const char*> orphans[] = {
        {"unknown edition", "SELECT DISTINCT edition FROM observations WHERE edition NOT IN "
                            "(SELECT id FROM editions)"},
        {"unknown entity", "SELECT DISTINCT entity FROM observations WHERE entity NOT IN "
                           "(SELECT code FROM entities)"},
        {"unknown indicator", "SELECT DISTINCT indicator FROM observations WHERE indicator NOT IN "
                              "(SELECT name FROM indicators)"},
        {"unknown source", "SELECT DISTINCT source_id FROM observations WHERE source_id NOT IN "
                           "(SELECT id FROM sources)"},
        {"year outside its edition",
         "SELECT DISTINCT o.edition || ' ' || o.entity || ' ' || o.year FROM observations o "
         "JOIN editions e ON e.id = o.edition WHERE o.year < e.first_year OR o.year > e.last_year"},
    };
    for (const auto& [what, sql] : orphans) {
        Statement st(*db_, sql);
        while (st.step())
            problems.push_back(fmt::format("observations: {} '{}'", what, st.text(0)));
    }
    // Types and ranges: SQLite keeps 'abc' in a REAL column and reads it as 0. Each query gives
    // the row and what is wrong; at most 20 rows a query, then a count.
    const std::pair<const char*, const char*> typed[] = {
        {"observations",
         "SELECT edition || ' ' || entity || ' ' || indicator || ' ' || year, "
         "'value ' || quote(value) || ' is not a finite number' FROM observations "
         "WHERE typeof(value) NOT IN ('real', 'integer') OR abs(value) > 1.7976931348623157e308"},
        {"observations",
         "SELECT edition || ' ' || entity || ' ' || indicator, 'year ' || quote(year) || "
         "' is not a year from 1949 to 2100' FROM observations WHERE typeof(year) != 'integer' "
         "OR year NOT BETWEEN 1949 AND 2100"},
        {"observations",
         "SELECT edition || ' ' || entity || ' ' || indicator || ' ' || year, "
         "'entity code is not in capitals' FROM observations WHERE entity != upper(entity)"},
        {"entities",
         "SELECT code, 'entity code is not in capitals' FROM entities WHERE code != upper(code)"},
        {"editions",
         "SELECT id, 'years ' || quote(first_year) || '-' || quote(last_year) || ' are not two "
         "years from 1949 to 2100 in order' FROM editions WHERE typeof(first_year) != 'integer' "
         "OR typeof(last_year) != 'integer' OR first_year NOT BETWEEN 1949 AND 2100 OR last_year "
         "NOT BETWEEN 1949 AND 2100 OR first_year > last_year"},
        {"allies",
         "SELECT code, 'joined NATO in ' || quote(nato_joined) || ', not a year from 1949 to "
         "2100' FROM allies WHERE typeof(nato_joined) != 'integer' OR nato_joined NOT BETWEEN "
         "1949 AND 2100"},
        {"commitments",
         "SELECT entity || ' ' || kind, 'target ' || quote(target_pct) || ' is not a share from "
         "0 to 100' FROM commitments WHERE typeof(target_pct) NOT IN ('real', 'integer') OR "
         "target_pct NOT BETWEEN 0 AND 100"},
        {"sipri",
         "SELECT country || ' ' || year, 'a figure is not a finite number of 0 or more' FROM sipri "
         "WHERE typeof(milex_usd_current_m) NOT IN ('real', 'integer') OR milex_usd_current_m < 0 "
         "OR abs(milex_usd_current_m) > 1.7976931348623157e308"},
    };
    for (const auto& [table, sql] : typed) {
        Statement st(*db_, sql);
        std::size_t rows = 0;
        while (st.step())
            if (++rows <= 20)
                problems.push_back(fmt::format("{}: {}: {}", table, st.text(0), st.text(1)));
        if (rows > 20)
            problems.push_back(fmt::format("{}: and {} more rows like these", table, rows - 20));
    }
    return problems;
}

LoadResult SqliteStore::load(const Dataset& d, const std::string& digest) {
    const std::lock_guard lock(mutex_);
    if (read_digest() == digest)
        return {};
    return load_locked(d, digest, false);
}

LoadResult SqliteStore::repair(const Dataset& d, const std::string& digest) {
    const std::lock_guard lock(mutex_);
    return load_locked(d, digest, true);
}

LoadResult SqliteStore::load_locked(const Dataset& d, const std::string& digest, bool repair) {
    const auto before = db_->total_changes();
    Transaction tx(*db_);
    // Another process may have loaded the same bundle while this one waited for the lock.
    if (!repair && read_digest() == digest) {
        tx.commit();
        return {};
    }
    if (repair) {
        // The bundled editions go, whatever was done to them (an origin changed, rows deleted,
        // codes lower-cased), and so does the reference data; what is not the bundle's stays.
        Statement obs(*db_, "DELETE FROM observations WHERE edition = ?1");
        Statement ed(*db_, "DELETE FROM editions WHERE id = ?1");
        for (const auto& e : d.editions) {
            obs.bind(1, e.id).run();
            ed.bind(1, e.id).run();
        }
        db_->exec("DELETE FROM observations WHERE edition IN "
                  "(SELECT id FROM editions WHERE origin = 'bundled'); "
                  "DELETE FROM editions WHERE origin = 'bundled'; "
                  "DELETE FROM allies; "
                  "DELETE FROM entities WHERE code NOT IN (SELECT DISTINCT entity FROM "
                  "observations); "
                  "DELETE FROM indicators WHERE name NOT IN (SELECT DISTINCT indicator FROM "
                  "observations);");
        forget_unused_sources(*db_);
    }
    // Reference data is replaced whole: it describes the editions and carries no revisions.
    // SIPRI figures imported from a newer workbook outlive the bundle's (INSERT OR IGNORE below).
    db_->exec("DELETE FROM commitments; DELETE FROM sipri WHERE origin = 'bundled'; "
              "DELETE FROM missing_reasons;");

    Statement ent(*db_, "INSERT INTO entities (code, kind, name_en) VALUES (?1, ?2, ?3) "
                        "ON CONFLICT (code) DO UPDATE SET kind = excluded.kind, "
                        "name_en = excluded.name_en");
    Statement ally(*db_, "INSERT OR REPLACE INTO allies (code, position, nato_joined, eu_joined, "
                         "eu_left, currency) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    for (std::size_t i = 0; i < d.allies.size(); ++i) {
        const auto& a = d.allies[i];
        ent.bind(1, a.code.str()).bind(2, std::string_view("ally")).bind(3, a.name_en).run();
        ally.bind(1, a.code.str()).bind(2, static_cast<int>(i)).bind(3, a.nato_joined.value());
        bind_optional_year(ally, 4, a.eu_joined);
        bind_optional_year(ally, 5, a.eu_left);
        ally.bind(6, a.currency).run();
    }
    ent.bind(1, EntityCode::nato_total)
        .bind(2, std::string_view("aggregate"))
        .bind(3, std::string_view("NATO Total"))
        .run();
    ent.bind(1, EntityCode::nato_europe_canada)
        .bind(2, std::string_view("aggregate"))
        .bind(3, std::string_view("NATO Europe and Canada"))
        .run();

    Statement ind(*db_, "INSERT INTO indicators (name, position, unit, nato_table, description) "
                        "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (name) DO UPDATE SET "
                        "position = excluded.position, unit = excluded.unit, "
                        "nato_table = excluded.nato_table, description = excluded.description");
    for (std::size_t i = 0; i < d.indicators.size(); ++i) {
        const auto& x = d.indicators[i];
        ind.bind(1, x.name)
            .bind(2, static_cast<int>(i))
            .bind(3, x.unit)
            .bind(4, x.nato_table)
            .bind(5, x.description)
            .run();
    }
    Statement com(*db_, "INSERT INTO commitments (position, entity, kind, target_pct, by_year, "
                        "announced, source, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    for (std::size_t i = 0; i < d.commitments.size(); ++i) {
        const auto& c = d.commitments[i];
        com.bind(1, static_cast<int>(i)).bind(2, c.entity).bind(3, c.kind).bind(4, c.target_pct);
        bind_optional_year(com, 5, c.by_year);
        com.bind(6, c.announced).bind(7, c.source).bind(8, c.note).run();
    }
    insert_sipri(*db_, d.sipri, Origin::Bundled);
    Statement mis(*db_, "INSERT INTO missing_reasons (position, entity, edition, indicator, year, "
                        "key, reason) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    for (std::size_t i = 0; i < d.missing_reasons.size(); ++i) {
        const auto& m = d.missing_reasons[i];
        mis.bind(1, static_cast<int>(i))
            .bind(2, m.entity)
            .bind(3, m.edition)
            .bind(4, m.indicator)
            .bind(5, m.year)
            .bind(6, m.key)
            .bind(7, m.reason)
            .run();
    }

    std::set<std::string> stored;
    for (const auto& e : editions())
        stored.insert(e.id);
    LoadResult result;
    std::set<std::string> added;
    for (const auto& e : d.editions) {
        if (stored.count(e.id))
            continue;
        insert_edition(*db_, e, Origin::Bundled);
        added.insert(e.id);
    }
    result.editions_added = static_cast<int>(added.size());
    insert_observations(*db_, d.observations,
                        [&](const Observation& o) { return added.count(o.edition) > 0; });
    Statement meta(*db_, "INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)");
    meta.bind(1, digest_key).bind(2, digest).run();
    // Statistics let the planner pick the by-entity index for `show` and the key for `status`.
    db_->exec("ANALYZE");
    tx.commit();
    result.rows_changed = db_->total_changes() - before;
    return result;
}

void SqliteStore::put_edition(const Edition& e, const std::vector<Observation>& observations,
                              bool replace) {
    const std::lock_guard lock(mutex_);
    Transaction tx(*db_);
    Statement exists(*db_, "SELECT origin FROM editions WHERE id = ?1");
    exists.bind(1, e.id);
    if (exists.step()) {
        HAGUE_CHECK(replace, ErrorKind::InvalidInput, "err_edition_exists",
                    "edition {} is already stored; --replace replaces it (after showing what "
                    "would change)",
                    e.id);
        Statement del_obs(*db_, "DELETE FROM observations WHERE edition = ?1");
        del_obs.bind(1, e.id).run();
        Statement del(*db_, "DELETE FROM editions WHERE id = ?1");
        del.bind(1, e.id).run();
    }
    for (const auto& o : observations)
        HAGUE_REQUIRE(o.edition == e.id, ErrorKind::Internal,
                      "an observation of edition {} given to put_edition({})", o.edition, e.id);
    insert_edition(*db_, e, Origin::Imported);
    insert_observations(*db_, observations, [](const Observation&) { return true; });
    forget_unused_sources(*db_); // those of a replaced edition that the new one does not cite
    tx.commit();
}

void SqliteStore::remove_edition(const std::string& id) {
    const std::lock_guard lock(mutex_);
    Transaction tx(*db_);
    Statement exists(*db_, "SELECT origin FROM editions WHERE id = ?1");
    exists.bind(1, id);
    HAGUE_CHECK(exists.step(), ErrorKind::NotFound, "err_edition_not_stored",
                "no edition '{}' is stored (see 'hague editions')", id);
    HAGUE_CHECK(exists.text(0) == "imported", ErrorKind::InvalidInput, "err_edition_bundled",
                "edition {} is bundled with hague and cannot be removed (only imported editions "
                "can)",
                id);
    Statement del_obs(*db_, "DELETE FROM observations WHERE edition = ?1");
    del_obs.bind(1, id).run();
    Statement del(*db_, "DELETE FROM editions WHERE id = ?1");
    del.bind(1, id).run();
    forget_unused_sources(*db_);
    tx.commit();
}

std::int64_t SqliteStore::generation() const {
    const std::lock_guard lock(mutex_);
    Statement st(*db_, "PRAGMA data_version");
    st.step();
    return st.integer(0);
}

void SqliteStore::put_sipri(const std::vector<SipriObservation>& rows) {
    const std::lock_guard lock(mutex_);
    Transaction tx(*db_);
    insert_sipri(*db_, rows, Origin::Imported);
    tx.commit();
}

} // namespace hague::store
