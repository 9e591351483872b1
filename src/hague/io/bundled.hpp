#pragma once
/// The data files embedded into the binary at build time (data/, see data/PROVENANCE.md).

#include <cstddef>
#include <string_view>

#include <vector>

#include "hague/core/dataset.hpp"
#include "hague/core/level_break.hpp"

namespace hague::io {

/// One embedded file: its name (no directory) and its bytes.
struct BundledFile {
    std::string_view name;
    std::string_view content;
};

namespace detail {
extern const BundledFile bundled_files[];
extern const std::size_t bundled_file_count;
extern const char bundled_digest_sha256[];
} // namespace detail

/// The content of an embedded file by name ("observations.csv"); throws Internal if absent.
[[nodiscard]] std::string_view bundled_file(std::string_view name);

/// SHA-256 (hex) over the names and SHA-256s of the embedded files, computed at build time: it
/// changes whenever the bundled data changes.
[[nodiscard]] std::string bundled_digest();

/// The level breaks of data/breaks.csv, parsed once; DataIntegrity naming the line on a bad row.
[[nodiscard]] const std::vector<LevelBreak>& bundled_breaks();

/// The whole bundled dataset, parsed and validated.
[[nodiscard]] Dataset bundled_dataset();

} // namespace hague::io
