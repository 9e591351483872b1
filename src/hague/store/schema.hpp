#pragma once
/// The database schema, as an ordered list of migrations; PRAGMA user_version holds the version.

#include <span>
#include <string_view>

namespace hague::store {

/// One step from version `version - 1` to `version`.
struct Migration {
    int version;
    std::string_view sql;
};

/// Every migration, in order; the last one's version is the current schema version.
[[nodiscard]] std::span<const Migration> migrations();

/// The schema version this build writes and reads.
[[nodiscard]] int current_schema_version();

} // namespace hague::store
