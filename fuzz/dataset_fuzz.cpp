// libFuzzer target: the dataset's CSV readers. The first byte picks one of the bundled files
// (editions, allies, indicators, observations, pledges, commitments, sipri, missing), the rest of
// the input replaces it, and the whole dataset is read with the other files as bundled; every
// input ends in a Dataset or a hague::Error naming the file and line. Inputs whose first byte
// is 8 or more are read as one edition in hague's export layout (editions.csv, a NUL byte,
// observations.csv). Seeds: fuzz/corpus/dataset.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "hague/core/error.hpp"
#include "hague/io/bundled.hpp"
#include "hague/io/dataset_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0)
        return 0;
    static const auto reference = hague::io::bundled_dataset();
    const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
    try {
        if (data[0] >= 8) {
            const auto nul = text.find('\0');
            (void)hague::io::read_edition_files(
                text.substr(0, nul), nul == std::string_view::npos ? "" : text.substr(nul + 1),
                reference.allies, reference.indicators);
            return 0;
        }
        using hague::io::bundled_file;
        hague::io::DatasetFiles files{
            bundled_file("editions.csv"),   bundled_file("allies.csv"),
            bundled_file("indicators.csv"), "edition,entity,year,indicator,value,estimate,source\n",
            bundled_file("pledges.csv"),    bundled_file("commitments.csv"),
            bundled_file("sipri.csv"),      bundled_file("missing.csv")};
        std::string_view* slots[] = {&files.editions,     &files.allies,  &files.indicators,
                                     &files.observations, &files.pledges, &files.commitments,
                                     &files.sipri,        &files.missing};
        *slots[data[0]] = text;
        (void)hague::io::read_dataset(files);
    } catch (const hague::Error&) {
    }
    return 0;
}
