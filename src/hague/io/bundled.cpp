#include "hague/io/bundled.hpp"

#include "hague/core/error.hpp"
#include "hague/io/dataset_reader.hpp"

namespace hague::io {

std::string_view bundled_file(std::string_view name) {
    for (std::size_t i = 0; i < detail::bundled_file_count; ++i)
        if (detail::bundled_files[i].name == name)
            return detail::bundled_files[i].content;
    HAGUE_FAIL(ErrorKind::Internal, "no bundled file '{}'", name);
}

std::string bundled_digest() {
    return detail::bundled_digest_sha256;
}

Dataset bundled_dataset() {
    DatasetFiles files;
    files.editions = bundled_file("editions.csv");
    files.allies = bundled_file("allies.csv");
    files.indicators = bundled_file("indicators.csv");
    files.observations = bundled_file("observations.csv");
    files.pledges = bundled_file("pledges.csv");
    files.commitments = bundled_file("commitments.csv");
    files.sipri = bundled_file("sipri.csv");
    files.missing = bundled_file("missing.csv");
    return read_dataset(files);
}

} // namespace hague::io
