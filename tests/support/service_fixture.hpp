#pragma once
// A facade on a fresh database seeded from the bundled data, and the error text of a call.

#include <gtest/gtest.h>

#include <string>

#include "hague/app/service.hpp"
#include "hague/core/error.hpp"
#include "support/temp_dir.hpp"

namespace hague::testing {

class ServiceFixture : public ::testing::Test {
  protected:
    TempDir dir_;
    app::Service service_ = app::Service::open(dir_.file("hague.db"));

    /// "kind: message" of the hague::Error that f throws, or "no error".
    template <typename F> static std::string error_of(F&& f) {
        try {
            f();
        } catch (const Error& e) {
            return std::string(to_string(e.kind())) + ": " + e.what();
        }
        return "no error";
    }
};

} // namespace hague::testing
