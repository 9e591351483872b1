// libFuzzer target: any bytes as an .xlsx workbook, then as NATO's or SIPRI's workbook. Every input
// must end in a workbook or a hague::Error (one line naming the file and what is wrong); a crash, a
// leak, undefined behaviour or a hang is a bug. Seeds: the real NATO and SIPRI workbooks
// (data/nato/raw). Build and run: `make fuzz` (preset `fuzz`, clang,
// -fsanitize=fuzzer,address,undefined).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "hague/core/error.hpp"
#include "hague/io/bundled.hpp"
#include "hague/io/nato_workbook.hpp"
#include "hague/io/sipri_workbook.hpp"
#include "hague/io/xlsx.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const auto reference = hague::io::bundled_dataset();
    // Smaller bounds than the command line's, so that one input costs milliseconds.
    hague::io::XlsxLimits limits;
    limits.max_file_bytes = 4u << 20;
    limits.max_part_bytes = 8u << 20;
    limits.max_total_bytes = 32u << 20;
    limits.max_cells = 200'000;
    try {
        const auto book = hague::io::read_xlsx_bytes(
            std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.xlsx", limits);
        if (hague::io::is_sipri_workbook(book))
            (void)hague::io::read_sipri_workbook(
                book, {{"Russia", hague::EntityCode::parse("RUS").value()}}, 2014, "fuzz.xlsx");
        else
            (void)hague::io::read_nato_workbook(book, reference.allies, reference.indicators,
                                                reference.missing_reasons,
                                                {"fuzz", "2024-06-17", "fuzz.xlsx"});
    } catch (const hague::Error&) {
        // refused with a reason: what should happen
    }
    return 0;
}
