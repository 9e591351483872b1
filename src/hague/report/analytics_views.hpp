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
#include "hague/engine/pillar.hpp"
#include "hague/engine/plan_check.hpp"
#include "hague/engine/status.hpp"
#include "hague/report/views.hpp"

namespace hague::report {

// One renderer per format (views.hpp): X_json and X_csv from the result alone, X_table in the
// catalog's language, X_view all three. The fact sheet and a plan's findings carry English
// sentences in CSV and JSON, so those two renderers word them with the English catalog.

[[nodiscard]] Table gap_table(const engine::GapResult& g, const Edition& e,
                              std::span<const Ally> allies, const i18n::Catalog& catalog);
[[nodiscard]] Table gap_csv(const engine::GapResult& g, std::span<const Ally> allies);
[[nodiscard]] Json gap_json(const engine::GapResult& g, std::span<const Ally> allies);
[[nodiscard]] View gap_view(const engine::GapResult& g, const Edition& e,
                            std::span<const Ally> allies, const i18n::Catalog& catalog);

/// Allies that joined NATO after a path's start year, with the year they joined.
using JoinedLater = std::span<const std::pair<EntityCode, Year>>;

/// Paths of one or more allies; `skipped` lists allies with no baseline and why, `joined_later`
/// the allies with no path because they joined after `from`.
[[nodiscard]] Table path_table(const Edition& e, const engine::PathGoal& goal,
                               std::span<const engine::AllyPath> paths,
                               std::span<const std::pair<EntityCode, Reason>> skipped,
                               const i18n::Catalog& catalog, JoinedLater joined_later = {},
                               Year from = Year(2014));
[[nodiscard]] Table path_csv(const Edition& e, engine::PathTarget target,
                             std::span<const engine::AllyPath> paths,
                             std::span<const std::pair<EntityCode, Reason>> skipped);
[[nodiscard]] Json path_json_doc(const Edition& e, engine::PathTarget target,
                                 std::span<const engine::AllyPath> paths,
                                 std::span<const std::pair<EntityCode, Reason>> skipped,
                                 JoinedLater joined_later = {});
[[nodiscard]] View path_view(const Edition& e, engine::PathTarget target,
                             const engine::PathGoal& goal, std::span<const engine::AllyPath> paths,
                             std::span<const std::pair<EntityCode, Reason>> skipped,
                             const i18n::Catalog& catalog, JoinedLater joined_later = {},
                             Year from = Year(2014));

/// `skipped`: the allies with no path from OLD or no outturn in NEW, and why.
[[nodiscard]] Table path_check_table(const Edition& old_edition, const Edition& new_edition,
                                     std::span<const engine::AllyPathCheck> checks,
                                     std::span<const std::pair<EntityCode, Reason>> skipped,
                                     const i18n::Catalog& catalog);
[[nodiscard]] Table path_check_csv(const Edition& old_edition, const Edition& new_edition,
                                   engine::PathTarget target,
                                   std::span<const engine::AllyPathCheck> checks,
                                   std::span<const std::pair<EntityCode, Reason>> skipped);
[[nodiscard]] Json path_check_json(const Edition& old_edition, const Edition& new_edition,
                                   engine::PathTarget target,
                                   std::span<const engine::AllyPathCheck> checks,
                                   std::span<const std::pair<EntityCode, Reason>> skipped);
[[nodiscard]] View path_check_view(const Edition& old_edition, const Edition& new_edition,
                                   engine::PathTarget target,
                                   std::span<const engine::AllyPathCheck> checks,
                                   std::span<const std::pair<EntityCode, Reason>> skipped,
                                   const i18n::Catalog& catalog);

[[nodiscard]] Table plan_table(const Edition& e, const Plan& plan, const std::string& ally_name,
                               bool baseline_estimate, const engine::PlanCheck& check,
                               const i18n::Catalog& catalog);
[[nodiscard]] Table plan_csv(const Edition& e, const Plan& plan, const engine::PlanCheck& check);
[[nodiscard]] Json plan_json(const Edition& e, const Plan& plan, const std::string& ally_name,
                             bool baseline_estimate, const engine::PlanCheck& check);
[[nodiscard]] View plan_view(const Edition& e, const Plan& plan, const std::string& ally_name,
                             bool baseline_estimate, const engine::PlanCheck& check,
                             const i18n::Catalog& catalog);

[[nodiscard]] Table share_table(const engine::BurdenResult& b, const Edition& e,
                                const i18n::Catalog& catalog,
                                const engine::EuropeanPillar* pillar = nullptr);
[[nodiscard]] Table share_csv(const engine::BurdenResult& b);
[[nodiscard]] Json share_json(const engine::BurdenResult& b,
                              const engine::EuropeanPillar* pillar = nullptr);
/// The European pillar in two sentences of the catalog's language (share, the report).
[[nodiscard]] std::vector<std::string> pillar_sentences(const engine::EuropeanPillar& p,
                                                        const std::string& edition,
                                                        const i18n::Catalog& catalog);
/// The European pillar as JSON (share and facts).
[[nodiscard]] Json pillar_json(const engine::EuropeanPillar& p);
[[nodiscard]] View share_view(const engine::BurdenResult& b, const Edition& e,
                              const i18n::Catalog& catalog,
                              const engine::EuropeanPillar* pillar = nullptr);

/// Everything a diff found.
struct DiffInput {
    const Edition* old_edition = nullptr;
    const Edition* new_edition = nullptr;
    std::optional<std::string> indicator;
    std::optional<double> min_change; ///< unset: changes visible at the published precision
    Rounding rounding = Rounding::TwoDp;
    engine::Thresholds thresholds;
    std::span<const engine::Revision> revisions;
    std::span<const engine::CountChange> counts;
    int compared = 0;  ///< values both editions publish
    int unchanged = 0; ///< of those, not listed
};
/// "Allies at or above 2% / 3.5% ... by edition:" and one line per year: old count -> new count.
[[nodiscard]] std::vector<std::string> diff_count_lines(const DiffInput& d,
                                                        const i18n::Catalog& catalog);
/// The text table shows the first `text_rows` revisions; CSV and JSON show all.
[[nodiscard]] Table diff_table(const DiffInput& d, const i18n::Catalog& catalog,
                               std::size_t text_rows = 40, bool with_counts = true);
[[nodiscard]] Table diff_csv(const DiffInput& d);
[[nodiscard]] Json diff_json(const DiffInput& d);
[[nodiscard]] View diff_view(const DiffInput& d, const i18n::Catalog& catalog,
                             std::size_t text_rows = 40);

/// The inputs of the fact sheet, already computed.
struct FactsInput {
    const Edition* edition = nullptr;
    std::span<const Ally> allies;
    const engine::Status* status = nullptr;
    const engine::BurdenResult* burden = nullptr;
    const engine::GapResult* gap = nullptr;
    const Edition* previous = nullptr;
    const engine::Revision* largest_revision = nullptr;
    const engine::EuropeanPillar* pillar = nullptr; ///< Europe and Canada now, in 2035, vs Russia
};
[[nodiscard]] Table facts_table(const FactsInput& in, const i18n::Catalog& catalog);
[[nodiscard]] Table facts_csv(const FactsInput& in);
[[nodiscard]] Json facts_json(const FactsInput& in);
[[nodiscard]] View facts_view(const FactsInput& in, const i18n::Catalog& catalog);

[[nodiscard]] Table compare_table(const Edition& e, Year year,
                                  std::span<const engine::ComparisonRow> rows,
                                  const std::string& sipri_source, const i18n::Catalog& catalog);
[[nodiscard]] Table compare_csv(const Edition& e, Year year,
                                std::span<const engine::ComparisonRow> rows,
                                const std::string& sipri_source);
[[nodiscard]] Json compare_json(const Edition& e, Year year,
                                std::span<const engine::ComparisonRow> rows,
                                const std::string& sipri_source);
[[nodiscard]] View compare_view(const Edition& e, Year year,
                                std::span<const engine::ComparisonRow> rows,
                                const std::string& sipri_source, const i18n::Catalog& catalog);

/// "credible", "back-loaded", "insufficient", "declining".
[[nodiscard]] std::string_view to_string(engine::Verdict v);
/// "ahead", "on path", "behind".
[[nodiscard]] std::string_view to_string(engine::Standing s);

} // namespace hague::report
