#pragma once
/// The facade: the one thing the command line and the server call.

#include <memory>
#include <string>

#include "hague/app/analytics.hpp"
#include "hague/app/charts.hpp"
#include "hague/app/projections.hpp"
#include "hague/app/requests.hpp"
#include "hague/report/views.hpp"
#include "hague/store/store.hpp"

namespace hague::app {

/// Answers requests from a store. Each call validates its request first.
class Service {
  public:
    explicit Service(std::unique_ptr<store::Store> store);

    /// Opens (creating if needed) the SQLite database at path and loads the bundled editions
    /// into it when they are not there yet, in one transaction.
    [[nodiscard]] static Service open(const std::string& path);

    [[nodiscard]] EditionsResponse editions(const EditionsRequest& r) const;
    [[nodiscard]] AlliesResponse allies(const AlliesRequest& r) const;
    [[nodiscard]] ShowResponse show(const ShowRequest& r) const;
    [[nodiscard]] StatusResponse status(const StatusRequest& r) const;
    [[nodiscard]] DbInfoResponse db_info() const;
    [[nodiscard]] DbCheckResponse db_check() const;

    [[nodiscard]] GapResponse gap(const GapRequest& r) const;
    [[nodiscard]] PathResponse path(const PathRequest& r) const;
    [[nodiscard]] PathCheckResponse path_check(const PathCheckRequest& r) const;
    [[nodiscard]] PlanCheckResponse plan_check(const PlanCheckRequest& r) const;
    [[nodiscard]] ShareResponse share(const ShareRequest& r) const;
    [[nodiscard]] DiffResponse diff(const DiffRequest& r) const;
    [[nodiscard]] FactsResponse facts(const FactsRequest& r) const;
    [[nodiscard]] CompareResponse compare(const CompareRequest& r) const;
    [[nodiscard]] ProjectResponse project(const ProjectRequest& r) const;
    [[nodiscard]] SimulateResponse simulate(const SimulateRequest& r) const;
    /// A chart as an SVG document, in the request's language.
    [[nodiscard]] ChartResponse chart(const ChartRequest& r) const;
    /// The self-contained HTML report, in the request's language.
    [[nodiscard]] ReportResponse report(const ReportRequest& r) const;

  private:
    /// The requested edition, or the newest; NotFound lists the editions held.
    [[nodiscard]] Edition resolve_edition(const Common& c) const;
    /// The requested year if the edition covers it, else its last year; InvalidInput otherwise.
    [[nodiscard]] Year resolve_year(const Edition& e, const std::optional<int>& year) const;
    /// The pledge of `kind` (pledges.csv, commitments.csv); DataIntegrity if absent.
    [[nodiscard]] Commitment pledge(std::string_view kind) const;
    [[nodiscard]] engine::Thresholds thresholds() const;
    /// The allies a command names: one (validated, as in `show`) or every ally for "all".
    [[nodiscard]] std::vector<Ally> select_allies(const std::string& which) const;
    /// Paths for the allies from the edition's shares in `from`.
    [[nodiscard]] PathResponse paths(const Edition& e, const std::string& which,
                                     engine::PathTarget target, Year from) const;
    [[nodiscard]] engine::GapResult gaps(const Edition& e, Year year, double target_pct,
                                         Currency currency, PriceBasis prices) const;
    /// InvalidInput (err_no_burden_data) when no ally of the edition has GDP and spending in USD
    /// for the year: a burden computed from nothing would read as 0%.
    static void require_burden_data(const engine::BurdenResult& b, const Edition& e, Year year);
    [[nodiscard]] engine::BurdenResult burden(const Edition& e, Year year, PriceBasis prices,
                                              const std::vector<engine::Group>& extra) const;

    std::unique_ptr<store::Store> store_;
};

/// Each response as a view (text table, CSV, JSON): the same for every front end. The text table
/// speaks `language`; CSV and JSON are the same in every language.
[[nodiscard]] report::View view(const EditionsResponse& r,
                                i18n::Language language = i18n::Language::En);
[[nodiscard]] report::View view(const AlliesResponse& r,
                                i18n::Language language = i18n::Language::En);
[[nodiscard]] report::View view(const ShowResponse& r,
                                i18n::Language language = i18n::Language::En);
[[nodiscard]] report::View view(const StatusResponse& r,
                                i18n::Language language = i18n::Language::En);
[[nodiscard]] report::View view(const DbInfoResponse& r,
                                i18n::Language language = i18n::Language::En);
[[nodiscard]] report::View view(const DbCheckResponse& r,
                                i18n::Language language = i18n::Language::En);
[[nodiscard]] report::View view(const GapResponse& r,
                                i18n::Language language = i18n::Language::En);
[[nodiscard]] report::View view(const PathResponse& r,
                                i18n::Language language = i18n::Language::En);
[[nodiscard]] report::View view(const PathCheckResponse& r,
                                i18n::Language language = i18n::Language::En);
[[nodiscard]] report::View view(const PlanCheckResponse& r,
                                i18n::Language language = i18n::Language::En);
[[nodiscard]] report::View view(const ShareResponse& r,
                                i18n::Language language = i18n::Language::En);
[[nodiscard]] report::View view(const DiffResponse& r,
                                i18n::Language language = i18n::Language::En);
[[nodiscard]] report::View view(const FactsResponse& r,
                                i18n::Language language = i18n::Language::En);
[[nodiscard]] report::View view(const CompareResponse& r,
                                i18n::Language language = i18n::Language::En);
[[nodiscard]] report::View view(const ProjectResponse& r,
                                i18n::Language language = i18n::Language::En);
[[nodiscard]] report::View view(const SimulateResponse& r,
                                i18n::Language language = i18n::Language::En);

/// "hague 0.1.0 (SQLite 3.40.1, bundled data <digest>)".
[[nodiscard]] std::string version_string();

} // namespace hague::app
