// SharedLibrary: the loader of libzip (workbooks) and librsvg (PNG), on libm, which every
// process here has, and on names that exist nowhere.
#include <gtest/gtest.h>

#include "hague/io/shared_library.hpp"

namespace hague::io {

// libm.so.6 loads and its cos binds and computes: cos(0) = 1, cos(pi) = -1 exactly in double.
TEST(shared_library, binds_a_function_by_name_and_calls_it) {
    SharedLibrary lib("libm.so.6");
    double (*cosine)(double) = nullptr;
    lib.bind(cosine, "cos");
    EXPECT_EQ(lib.missing(), "");
    ASSERT_NE(cosine, nullptr);
    EXPECT_EQ(cosine(0.0), 1.0);
    EXPECT_EQ(cosine(3.14159265358979323846), -1.0);
}

// A library that is not installed: missing() says why (dlerror names the file), and every bind
// leaves its pointer null rather than reading a null handle.
TEST(shared_library, a_library_not_installed_says_so_and_binds_nothing) {
    SharedLibrary lib("libhague-no-such-library.so.9");
    EXPECT_NE(lib.missing().find("libhague-no-such-library.so.9"), std::string::npos)
        << lib.missing();
    double (*cosine)(double) = +[](double x) { return x; }; // not null before the bind
    lib.bind(cosine, "cos");
    EXPECT_EQ(cosine, nullptr);
}

// A function the library lacks: the first one missing is named, and later binds still work.
TEST(shared_library, a_function_the_library_lacks_is_named) {
    SharedLibrary lib("libm.so.6");
    void (*absent)() = nullptr;
    double (*sine)(double) = nullptr;
    void (*also_absent)() = nullptr;
    lib.bind(absent, "hague_no_such_function");
    lib.bind(sine, "sin");
    lib.bind(also_absent, "hague_another_absent_one");
    EXPECT_EQ(absent, nullptr);
    EXPECT_EQ(lib.missing(), "libm.so.6 has no hague_no_such_function");
    ASSERT_NE(sine, nullptr);
    EXPECT_EQ(sine(0.0), 0.0);
}

} // namespace hague::io
