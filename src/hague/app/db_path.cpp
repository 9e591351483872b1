#include "hague/app/db_path.hpp"

#include "hague/core/error.hpp"

namespace hague::app {

namespace {
bool set(const std::optional<std::string>& v) {
    return v && !v->empty();
}
} // namespace

std::string resolve_db_path(const std::optional<std::string>& flag, const DbEnvironment& env) {
    if (flag) {
        HAGUE_CHECK(!flag->empty(), ErrorKind::InvalidInput, "err_db_empty_file_path",
                    "--db '' is empty (expected a file path such as ./hague.db)");
        return *flag;
    }
    if (set(env.hague_db))
        return *env.hague_db;
    if (set(env.xdg_data_home))
        return *env.xdg_data_home + "/hague/hague.db";
    HAGUE_CHECK(set(env.home), ErrorKind::InvalidInput, "err_database_path_home_set",
                "no database path: HOME is not set (pass --db PATH or set HAGUE_DB)");
    return *env.home + "/.local/share/hague/hague.db";
}

} // namespace hague::app
