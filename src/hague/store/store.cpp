#include "hague/store/store.hpp"

#include <algorithm>

#include "hague/core/error.hpp"
#include "hague/store/sqlite.hpp"
#include "hague/store/sqlite_store.hpp"

namespace hague::store {

namespace {

constexpr std::string_view sqlite_scheme = "sqlite:";
constexpr std::string_view postgresql_scheme = "postgresql:";

/// True when `uri` starts with a URI scheme ("name:") rather than a file path. A single letter
/// before the colon is not taken for a scheme, and a path with a slash before the colon is a path.
bool has_scheme(std::string_view uri) {
    const auto colon = uri.find(':');
    if (colon == std::string_view::npos || colon < 2)
        return false;
    return std::all_of(uri.begin(), uri.begin() + static_cast<std::ptrdiff_t>(colon), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == '+' || c == '-' || c == '.';
    });
}

} // namespace

std::unique_ptr<Store> open(const std::string& uri) {
    const std::string_view u(uri);
    if (u.starts_with(sqlite_scheme))
        return SqliteStore::open(std::string(u.substr(sqlite_scheme.size())));
    HAGUE_CHECK(
        !u.starts_with(postgresql_scheme), ErrorKind::Unsupported, "err_store_postgresql_not_built",
        "database '{}': PostgreSQL stores are not built yet (use a file path or sqlite:PATH)", uri);
    HAGUE_CHECK(!has_scheme(u), ErrorKind::InvalidInput, "err_store_unknown_scheme",
                "database '{}' has an unknown scheme (expected a file path, sqlite:PATH or "
                "postgresql:...)",
                uri);
    return SqliteStore::open(uri);
}

std::string embedded_engine() {
    return "SQLite " + sqlite_version();
}

} // namespace hague::store
