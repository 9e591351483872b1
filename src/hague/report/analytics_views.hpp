#pragma once
/// Views of the analytics (docs/json.md): gaps, paths, plans, burden sharing, revisions, facts,
/// comparison.

#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "hague/core/ally.hpp"
#include "hague/core/edition.hpp"
#include "hague/core/plan.hpp"
#include "hague/engine/burden.hpp"
#include "hague/engine/compare.hpp"
#include "hague/engine/diff.hpp"
#include "hague/engine/gap.hpp"
#include "hague/engine/path.hpp"
#include "hague/engine/plan_check.hpp"
#include "hague/engine/status.hpp"
#include "hague/report/views.hpp"

namespace hague::report {

// Every view's text table speaks the catalog's language; CSV and JSON are locale-neutral.

[[nodiscard]] View gap_view(const engine::GapResult& g, const Edition& e,
                            std::span<const Ally> allies, const i18n::Catalog& catalog);

/// Paths of one or more allies; `skipped` lists allies with no baseline and why.
[[nodiscard]] View path_view(const Edition& e, engine::PathTarget target,
                             std::span<const engine::AllyPath> paths,
                             std::span<const std::pair<EntityCode, std::string>> skipped,
                             const i18n::Catalog& catalog);

[[nodiscard]] View path_check_view(const Edition& old_edition, const Edition& new_edition,
                                   engine::PathTarget target,
                                   std::span<const engine::AllyPathCheck> checks,
                                   const i18n::Catalog& catalog);

[[nodiscard]] View plan_view(const Edition& e, const Plan& plan, const std::string& ally_name,
                             bool baseline_estimate, const engine::PlanCheck& check,
                             const i18n::Catalog& catalog);

[[nodiscard]] View share_view(const engine::BurdenResult& b, const Edition& e,
                              const i18n::Catalog& catalog);

/// Everything a diff found; the text table shows the first `text_rows` revisions.
[[nodiscard]] View diff_view(const Edition& old_edition, const Edition& new_edition,
                             const std::optional<std::string>& indicator, double min_change,
                             Rounding rounding, const engine::Thresholds& thresholds,
                             std::span<const engine::Revision> revisions,
                             std::span<const engine::CountChange> counts,
                             const i18n::Catalog& catalog, std::size_t text_rows = 40);

/// The inputs of the fact sheet, already computed.
struct FactsInput {
    const Edition* edition = nullptr;
    std::span<const Ally> allies;
    const engine::Status* status = nullptr;
    const engine::BurdenResult* burden = nullptr;
    const engine::GapResult* gap = nullptr;
    const Edition* previous = nullptr;
    const engine::Revision* largest_revision = nullptr;
};
[[nodiscard]] View facts_view(const FactsInput& in, const i18n::Catalog& catalog);

[[nodiscard]] View compare_view(const Edition& e, Year year,
                                std::span<const engine::ComparisonRow> rows,
                                const std::string& sipri_source, const i18n::Catalog& catalog);

/// "credible", "back-loaded", "insufficient", "declining".
[[nodiscard]] std::string_view to_string(engine::Verdict v);
/// "ahead", "on path", "behind".
[[nodiscard]] std::string_view to_string(engine::Standing s);

} // namespace hague::report
