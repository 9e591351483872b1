#include <gtest/gtest.h>

#include "hague/app/db_path.hpp"
#include "hague/core/error.hpp"

namespace hague::app {

TEST(db_path, the_flag_wins) {
    EXPECT_EQ(resolve_db_path("x.db", {"env.db", "/xdg", "/home/u"}), "x.db");
}

TEST(db_path, then_hague_db) {
    EXPECT_EQ(resolve_db_path({}, {"env.db", "/xdg", "/home/u"}), "env.db");
}

TEST(db_path, then_xdg_data_home) {
    EXPECT_EQ(resolve_db_path({}, {{}, "/xdg", "/home/u"}), "/xdg/hague/hague.db");
}

TEST(db_path, then_home_and_empty_variables_count_as_unset) {
    EXPECT_EQ(resolve_db_path({}, {"", "", "/home/u"}), "/home/u/.local/share/hague/hague.db");
}

TEST(db_path, nothing_set_is_an_error) {
    try {
        (void)resolve_db_path({}, {});
        FAIL();
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::InvalidInput);
        EXPECT_STREQ(e.what(),
                     "no database path: HOME is not set (pass --db PATH or set HAGUE_DB)");
    }
}

} // namespace hague::app
