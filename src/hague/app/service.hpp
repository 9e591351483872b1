#pragma once
/// The facade: the one thing the command line and the server call.

#include <memory>
#include <string>

#include "hague/app/analytics.hpp"
#include "hague/app/charts.hpp"
#include "hague/app/imports.hpp"
#include "hague/app/library.hpp"
#include "hague/app/projections.hpp"
#include "hague/app/requests.hpp"
#include "hague/store/store.hpp"

namespace hague::app {

/// Answers requests from the snapshots of a store's editions. Each call validates its request,
/// picks the snapshots it needs (built once, shared) and hands them to the use case, a free
/// function of snapshots (`answer`). Every method is const and may run on any number of threads
/// at once.
class Service {
  public:
    explicit Service(std::unique_ptr<store::Store> store);

    /// Opens (creating if needed) the store that `uri` names (store::open: a file path or
    /// sqlite:PATH) and loads the bundled editions into it when they are not there yet, in one
    /// transaction.
    [[nodiscard]] static Service open(const std::string& uri);

    [[nodiscard]] EditionsResponse editions(const EditionsRequest& r) const;
    [[nodiscard]] AlliesResponse allies(const AlliesRequest& r) const;
    [[nodiscard]] ShowResponse show(const ShowRequest& r) const;
    [[nodiscard]] StatusResponse status(const StatusRequest& r) const;
    [[nodiscard]] DbInfoResponse db_info() const;
    /// The store's own checks (integrity, types, ranges), then every bundled edition and the
    /// reference data against the data bundled in the binary, and every imported edition's
    /// values against their domains.
    [[nodiscard]] DbCheckResponse db_check() const;
    /// Restores the bundled editions and reference data in one transaction (Store::repair);
    /// imported editions stay as they are.
    DbRepairResponse db_repair() const;

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
    /// A chart as an SVG document in the request's language, or why it cannot be drawn.
    [[nodiscard]] ChartResponse chart(const ChartRequest& r) const;
    /// The self-contained HTML report, in the request's language.
    [[nodiscard]] ReportResponse report(const ReportRequest& r) const;

    /// Reads an edition from a file, checks it, compares it with a stored edition and, unless
    /// it is a dry run or refused, stores it in one transaction (imports.hpp). The only calls
    /// that write; safe beside readers, who see the store before or after, never between.
    [[nodiscard]] ImportResponse import_edition(const ImportRequest& r) const;
    [[nodiscard]] ExportResponse export_edition(const ExportRequest& r) const;
    void remove_edition(const RemoveEditionRequest& r) const;

    /// The snapshots, for front ends that hold them between requests.
    [[nodiscard]] const Library& library() const noexcept { return *library_; }

  private:
    /// Validates r and answers it from the snapshot of the edition it names (or the newest).
    template <typename Request> auto on_edition(const Request& r) const;
    /// The editions published before e, newest first.
    [[nodiscard]] History older_than(const Edition& e) const;

    std::unique_ptr<Library> library_;
};

/// "hague 0.1.0 (SQLite 3.40.1, bundled data <digest>)".
[[nodiscard]] std::string version_string();

} // namespace hague::app
