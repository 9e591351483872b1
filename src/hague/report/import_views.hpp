#pragma once
/// The view of an import (`hague import`): what was read, what the checks found, what it
/// revises, and whether it was stored.

#include <span>
#include <string>
#include <string_view>

#include "hague/core/edition.hpp"
#include "hague/core/sipri_observation.hpp"
#include "hague/engine/edition_checks.hpp"
#include "hague/report/analytics_views.hpp"

namespace hague::report {

/// A section of the workbook and the indicator it was stored as ("" when left out).
struct ImportSectionRow {
    std::string_view sheet;
    std::string_view section;
    std::string_view indicator;
    std::size_t values = 0;
};

/// SIPRI's workbook, imported: what `compare` will show.
struct SipriImportInput {
    std::span<const SipriObservation> rows;
    std::size_t changed = 0;
    std::string_view outcome; ///< "stored" or "dry_run"
    std::string_view file;
};
[[nodiscard]] std::string sipri_import_text(const SipriImportInput& in,
                                            const i18n::Catalog& catalog);
[[nodiscard]] std::string sipri_import_csv(const SipriImportInput& in);
[[nodiscard]] std::string sipri_import_json(const SipriImportInput& in);

struct ImportInput {
    const Edition* edition = nullptr;
    std::size_t observations = 0;
    std::span<const ImportSectionRow> sections;
    std::span<const engine::CheckFinding> findings;
    bool replaces = false;
    std::string_view outcome; ///< "stored", "dry_run" or "refused"
    const DiffInput* diff = nullptr;
};

/// The summary as text: one line per fact, the findings, then the diff's own table.
[[nodiscard]] std::string import_text(const ImportInput& in, const i18n::Catalog& catalog);
/// CSV: the diff's rows (what the import revises).
[[nodiscard]] std::string import_csv(const ImportInput& in);
/// JSON: {"outcome", "edition", "observations", "sections", "findings", "diff"}.
[[nodiscard]] std::string import_json(const ImportInput& in);

} // namespace hague::report
