#include "hague/store/sqlite.hpp"

#include <cmath>

#include <sqlite3.h>

#include "hague/core/error.hpp"

namespace hague::store {

namespace {
[[noreturn]] void fail(sqlite3* db, const std::string& path, std::string_view what) {
    const int code = db ? sqlite3_extended_errcode(db) : SQLITE_ERROR;
    const char* msg = db ? sqlite3_errmsg(db) : "out of memory";
    if ((code & 0xff) == SQLITE_NOTADB || (code & 0xff) == SQLITE_CORRUPT)
        HAGUE_FAIL(ErrorKind::Database,
                   "database '{}' is corrupt or not a SQLite database ({}); it was left untouched: "
                   "move it aside or open another database",
                   path, msg);
    HAGUE_FAIL(ErrorKind::Database, "database '{}': {} failed: {}", path, what, msg);
}
} // namespace

Connection::Connection(const std::string& path) : path_(path) {
    const int rc =
        sqlite3_open_v2(path.c_str(), &db_,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        std::string msg = db_ ? sqlite3_errmsg(db_) : "out of memory";
        sqlite3_close(db_);
        db_ = nullptr;
        HAGUE_FAIL(ErrorKind::Io, "cannot open database '{}': {}", path, msg);
    }
    sqlite3_busy_timeout(db_, 5000);
    sqlite3_extended_result_codes(db_, 1);
    exec("PRAGMA foreign_keys = ON");
    // Read through a memory map (up to 64 MiB, many times the bundled data): a snapshot reads a
    // whole edition, and page-sized pread calls were most of a one-shot command's time.
    exec("PRAGMA mmap_size = 67108864");
}

Connection::~Connection() {
    sqlite3_close(db_);
}

void Connection::exec(std::string_view sql) {
    const std::string owned(sql);
    char* err = nullptr;
    if (sqlite3_exec(db_, owned.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
        sqlite3_free(err);
        fail(db_, path_, "statement");
    }
}

std::int64_t Connection::total_changes() const {
    return sqlite3_total_changes64(db_);
}

Statement::Statement(Connection& db, std::string_view sql) : db_(db) {
    if (sqlite3_prepare_v2(db.handle(), sql.data(), static_cast<int>(sql.size()), &stmt_,
                           nullptr) != SQLITE_OK)
        fail(db.handle(), db.path(), "prepare");
}

Statement::~Statement() {
    sqlite3_finalize(stmt_);
}

Statement& Statement::bind(int index, std::string_view text) {
    if (sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()),
                          SQLITE_TRANSIENT) != SQLITE_OK)
        fail(db_.handle(), db_.path(), "bind");
    return *this;
}

Statement& Statement::bind(int index, double value) {
    if (sqlite3_bind_double(stmt_, index, value) != SQLITE_OK)
        fail(db_.handle(), db_.path(), "bind");
    return *this;
}

Statement& Statement::bind(int index, std::int64_t value) {
    if (sqlite3_bind_int64(stmt_, index, value) != SQLITE_OK)
        fail(db_.handle(), db_.path(), "bind");
    return *this;
}

Statement& Statement::bind(int index, std::nullopt_t) {
    if (sqlite3_bind_null(stmt_, index) != SQLITE_OK)
        fail(db_.handle(), db_.path(), "bind");
    return *this;
}

bool Statement::step() {
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    fail(db_.handle(), db_.path(), "query");
}

void Statement::run() {
    while (step()) {
    }
    reset();
}

void Statement::reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
}

std::string Statement::text(int column) const {
    return std::string(text_view(column));
}

std::string_view Statement::text_view(int column) const {
    const auto* p = sqlite3_column_text(stmt_, column);
    if (!p)
        return {};
    return {reinterpret_cast<const char*>(p),
            static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column))};
}

namespace {
/// SQLite's own name of a storage class: the same in every language's message.
const char* type_name(int type) {
    switch (type) {
    case SQLITE_INTEGER: return "INTEGER";
    case SQLITE_FLOAT: return "REAL";
    case SQLITE_TEXT: return "TEXT";
    case SQLITE_BLOB: return "BLOB";
    default: return "NULL";
    }
}
} // namespace

// SQLite stores any type in any column and converts on reading ('abc' reads as 0): a value of
// the wrong type, or an infinite one, is a damaged database, never a figure.
double Statement::real(int column) const {
    const int type = sqlite3_column_type(stmt_, column);
    const double v = sqlite3_column_double(stmt_, column);
    HAGUE_CHECK((type == SQLITE_FLOAT || type == SQLITE_INTEGER) && std::isfinite(v),
                ErrorKind::DataIntegrity, "err_db_not_a_number",
                "the database is damaged: column {} holds a value of type {} ('{}') where a finite "
                "number belongs (see 'hague db check' and 'hague db repair')",
                std::string(sqlite3_column_name(stmt_, column)), std::string(type_name(type)),
                text(column));
    return v;
}

std::int64_t Statement::integer(int column) const {
    const int type = sqlite3_column_type(stmt_, column);
    HAGUE_CHECK(type == SQLITE_INTEGER, ErrorKind::DataIntegrity, "err_db_not_an_integer",
                "the database is damaged: column {} holds a value of type {} ('{}') where an "
                "integer belongs (see 'hague db check' and 'hague db repair')",
                std::string(sqlite3_column_name(stmt_, column)), std::string(type_name(type)),
                text(column));
    return sqlite3_column_int64(stmt_, column);
}

bool Statement::is_null(int column) const {
    return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

Transaction::Transaction(Connection& db) : db_(db) {
    db_.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction() {
    if (!done_)
        sqlite3_exec(db_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit() {
    db_.exec("COMMIT");
    done_ = true;
}

std::string sqlite_version() {
    return sqlite3_libversion();
}

} // namespace hague::store
