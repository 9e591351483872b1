#pragma once
/// A thin RAII layer over the SQLite C API: connection, prepared statement, transaction.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace hague::store {

/// An open SQLite connection. Errors become hague::Error(Database) naming the file.
class Connection {
  public:
    /// Opens (creating if absent) the database file at path.
    explicit Connection(const std::string& path);
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    /// Runs one or more statements with no results.
    void exec(std::string_view sql);
    [[nodiscard]] sqlite3* handle() const noexcept { return db_; }
    [[nodiscard]] const std::string& path() const noexcept { return path_; }
    /// Number of rows changed since the connection opened.
    [[nodiscard]] std::int64_t total_changes() const;

  private:
    sqlite3* db_ = nullptr;
    std::string path_;
};

/// A prepared statement; bind parameters by 1-based index, then step through rows.
class Statement {
  public:
    Statement(Connection& db, std::string_view sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, double value);
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, std::nullopt_t);

    /// Advances to the next row; false when done.
    bool step();
    /// Runs a statement that returns no rows, then resets it for reuse.
    void run();
    void reset();

    [[nodiscard]] std::string text(int column) const;
    /// The column's text without a copy: valid until the next step() or reset().
    [[nodiscard]] std::string_view text_view(int column) const;
    [[nodiscard]] double real(int column) const;
    [[nodiscard]] std::int64_t integer(int column) const;
    [[nodiscard]] bool is_null(int column) const;

  private:
    Connection& db_;
    sqlite3_stmt* stmt_ = nullptr;
};

/// BEGIN IMMEDIATE on construction; ROLLBACK on destruction unless commit() was called.
class Transaction {
  public:
    explicit Transaction(Connection& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

  private:
    Connection& db_;
    bool done_ = false;
};

/// The SQLite library version, e.g. "3.40.1".
[[nodiscard]] std::string sqlite_version();

} // namespace hague::store
