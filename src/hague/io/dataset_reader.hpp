#pragma once
/// Reads the dataset's CSV files into core types, checking every field and cross-reference.

#include <string_view>

#include "hague/core/dataset.hpp"

namespace hague::io {

/// The text of each file of a dataset (names and columns as in data/, see docs/data-dictionary.md).
struct DatasetFiles {
    std::string_view editions;
    std::string_view allies;
    std::string_view indicators;
    std::string_view observations;
    std::string_view pledges;
    std::string_view commitments;
    std::string_view sipri;
    std::string_view missing;
};

/// Parses and validates: every observation names a known edition, entity and indicator, lies in
/// its edition's years, and is unique. Throws DataIntegrity naming the file, line and value.
[[nodiscard]] Dataset read_dataset(const DatasetFiles& files);

} // namespace hague::io
