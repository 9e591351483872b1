#pragma once
/// Loading an edition hague does not ship: NATO's workbook the day it is published, or an
/// edition in the project's CSV layout; writing an edition out in that layout; removing an
/// imported edition. docs/data-dictionary.md ("Loading next year's edition").

#include <optional>
#include <string>
#include <vector>

#include "hague/app/analytics.hpp"
#include "hague/engine/edition_checks.hpp"

namespace hague::app {

/// `hague import FILE [--edition ID] [--published DATE] [--against ID] [--dry-run] [--replace]
/// [--accept-warnings]`
struct ImportRequest {
    /// NATO's workbook (.xlsx), or an edition in the project's CSV layout: a directory holding
    /// editions.csv and observations.csv (`hague export`), or that observations.csv.
    std::string path;
    std::optional<std::string> edition;   ///< the new edition's id (a workbook needs one)
    std::optional<std::string> published; ///< ISO date; a workbook's own date otherwise
    std::optional<std::string> against;   ///< the stored edition to compare with
    bool dry_run = false;
    bool replace = false;
    bool accept_warnings = false;
    void validate() const;
};

/// A section of the workbook, and what became of it.
struct ImportSection {
    std::string sheet;
    std::string section;
    std::string indicator; ///< empty: recognized, not stored (hague has no such indicator)
    std::size_t values = 0;
};

enum class ImportOutcome {
    Stored,  ///< the edition is in the store
    DryRun,  ///< nothing was stored, as asked
    Refused, ///< nothing was stored: consistency findings not accepted, or the id is taken
};

struct ImportResponse {
    /// "nato": an edition (NATO's workbook or hague's CSV layout); "sipri": SIPRI's workbook,
    /// whose Russia and China figures `compare` uses (no edition: `sipri` and `sipri_changed`).
    std::string kind = "nato";
    std::vector<SipriObservation> sipri;
    std::size_t sipri_changed = 0; ///< figures new, or other than the stored ones
    Edition edition;               ///< as stored (or as it would be), notes included
    std::size_t observations = 0;
    std::vector<ImportSection> sections; ///< a workbook's; empty for CSV
    std::vector<engine::CheckFinding> findings;
    bool replaces = false;            ///< an edition with this id is stored
    std::optional<DiffResponse> diff; ///< against `against`, the replaced edition, or the
                                      ///< stored edition with the same last year, else the newest
    ImportOutcome outcome = ImportOutcome::DryRun;
    std::string refusal_key; ///< why it was refused: err_import_findings or err_edition_exists
};

/// `hague export --edition ID -o DIR`: the edition in the project's CSV layout.
struct ExportRequest {
    Common common;
};
struct ExportResponse {
    Edition edition;
    std::string editions_csv;     ///< one row
    std::string observations_csv; ///< every observation, in (entity, indicator, year) order
};

/// `hague editions remove ID`
struct RemoveEditionRequest {
    std::string edition;
};

} // namespace hague::app
