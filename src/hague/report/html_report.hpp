#pragma once
/// The report: one self-contained HTML file (inline CSS and SVG, no scripts, no network) that
/// prints on A4. Every word from the catalog, every figure with its edition and table.

#include <map>
#include <optional>
#include <span>
#include <string>

#include "hague/core/ally.hpp"
#include "hague/core/edition.hpp"
#include "hague/engine/burden.hpp"
#include "hague/engine/diff.hpp"
#include "hague/engine/gap.hpp"
#include "hague/engine/path.hpp"
#include "hague/engine/pillar.hpp"
#include "hague/engine/status.hpp"
#include "hague/i18n/catalog.hpp"
#include "hague/report/table.hpp"

namespace hague::report {

/// Everything the report shows, computed beforehand.
struct ReportInput {
    const Edition* edition = nullptr;
    std::span<const Ally> allies;
    const engine::Status* status = nullptr;
    const engine::BurdenResult* burden = nullptr;
    const engine::GapResult* gap = nullptr;  ///< to the core target, USD, current prices
    std::span<const engine::AllyPath> paths; ///< every ally with a baseline
    Year path_target_year{2035};
    Year review_year{2029};
    double total_pct = 0;                        ///< the Hague total (5%)
    const Edition* previous = nullptr;           ///< the edition before, if any
    std::span<const engine::Revision> revisions; ///< share of GDP, previous -> edition
    std::span<const engine::CountChange> counts; ///< previous -> edition
    std::uint64_t fan_paths = 0;
    const engine::EuropeanPillar* pillar = nullptr; ///< Europe and Canada now, in 2035, vs Russia
    /// The charts by kind (report::chart_kinds), complete SVG documents.
    std::map<std::string, std::string, std::less<>> charts;
    /// Why a chart kind is missing (in the report's language), when the edition lacks its figures.
    std::map<std::string, std::string, std::less<>> unavailable;
    std::string version; ///< "hague 0.1.0 (...)"
};

/// The report as one HTML document in the catalog's language.
[[nodiscard]] std::string html_report(const ReportInput& in, const i18n::Catalog& catalog);

} // namespace hague::report
