// libFuzzer target: any bytes as a plan file (TOML). Every input must end in a Plan whose numbers
// are finite and in their domain, or in a hague::Error naming the file and line; a crash, a leak,
// undefined behaviour or a hang is a bug. Seeds: fuzz/corpus/plan (the examples and bad plans).
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "hague/core/error.hpp"
#include "hague/io/plan_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    try {
        const auto plan = hague::io::parse_plan(
            std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.toml");
        // What the reader lets through is what the engine may rely on.
        for (const auto* leg : {&plan.core, &plan.related})
            for (const auto& e : *leg) {
                if (e.share_gdp_pct && !(std::isfinite(*e.share_gdp_pct) && *e.share_gdp_pct >= 0 &&
                                         *e.share_gdp_pct <= 100))
                    std::abort();
                if (e.spending_nc_m && !std::isfinite(*e.spending_nc_m))
                    std::abort();
                if (e.gdp_nc_m && !(std::isfinite(*e.gdp_nc_m) && *e.gdp_nc_m > 0))
                    std::abort();
            }
    } catch (const hague::Error&) {
    }
    return 0;
}
