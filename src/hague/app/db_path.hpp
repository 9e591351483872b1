#pragma once
/// Where the database lives: --db, else $HAGUE_DB, else $XDG_DATA_HOME/hague/hague.db, else
/// ~/.local/share/hague/hague.db.

#include <optional>
#include <string>

namespace hague::app {

/// The environment variables that choose the database path (passed in, never read globally).
struct DbEnvironment {
    std::optional<std::string> hague_db;
    std::optional<std::string> xdg_data_home;
    std::optional<std::string> home;
};

/// The database path for a --db value (if given) and the environment. Empty variables count as
/// unset, as the XDG specification says. Throws InvalidInput if no rule gives a path.
[[nodiscard]] std::string resolve_db_path(const std::optional<std::string>& flag,
                                          const DbEnvironment& env);

} // namespace hague::app
