// libFuzzer target: any bytes as an outlook file (CSV iso3,year,real_growth_pct,inflation_pct).
// Every input ends in rows whose percentages are finite and within -50..100, or in a
// hague::Error naming the file and line. Seeds: fuzz/corpus/outlook.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "hague/core/error.hpp"
#include "hague/io/outlook_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    try {
        const auto rows = hague::io::parse_outlook(
            std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.csv");
        for (const auto& [key, row] : rows)
            for (const auto& v : {row.real_growth_pct, row.inflation_pct})
                if (v && !(std::isfinite(*v) && *v > -50 && *v < 100))
                    std::abort();
    } catch (const hague::Error&) {
    }
    return 0;
}
