#pragma once
/// Reads the dataset's CSV files into core types, checking every field and cross-reference.

#include <span>
#include <string>
#include <string_view>
#include <vector>

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

/// One edition in the project's CSV layout: its row of editions.csv and its observations.csv
/// (`hague export`, `hague import DIR`).
struct EditionFiles {
    Edition edition;
    std::vector<Observation> observations;
};

/// Reads one edition: editions.csv must hold exactly one row, observations.csv only that
/// edition's rows, each naming an ally or aggregate of `allies` and an indicator of
/// `indicators`, once, within the edition's years. DataIntegrity naming the file and line.
[[nodiscard]] EditionFiles read_edition_files(std::string_view editions_csv,
                                              std::string_view observations_csv,
                                              std::span<const Ally> allies,
                                              std::span<const Indicator> indicators);

/// editions.csv with one row, as data/nato/editions.csv lays it out.
[[nodiscard]] std::string write_editions_csv(const Edition& e);
/// observations.csv, as data/nato/observations.csv lays it out; values written so that they
/// read back as the same doubles.
[[nodiscard]] std::string write_observations_csv(std::span<const Observation> observations);

} // namespace hague::io
