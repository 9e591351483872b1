#pragma once
/// One Request and one Response per use case. Front ends fill a Request and render a Response.

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "hague/core/ally.hpp"
#include "hague/core/edition.hpp"
#include "hague/core/level_break.hpp"
#include "hague/core/rounding.hpp"
#include "hague/engine/series.hpp"
#include "hague/engine/snapshot.hpp"
#include "hague/engine/status.hpp"
#include "hague/store/store.hpp"

namespace hague::app {

/// The editions published before the one asked about, newest first: the record of estimates the
/// spending model and the plan check read (an edition never sees one published after it).
using History = std::vector<std::shared_ptr<const engine::EditionSnapshot>>;

/// InvalidInput about `field` ("year", "from") unless the year is absent or within
/// Year::min_value..Year::max_value.
void validate_year_field(const std::optional<int>& year, std::string_view field);

/// InvalidInput unless OLD and NEW are both given and differ (diff, path-check, and the
/// metadata of either).
void validate_edition_pair(const std::string& old_id, const std::string& new_id);

/// InvalidInput about `field` when a list of allies has an empty item or names one twice (in
/// any case: deu and DEU are one ally), so that nothing is drawn or counted twice.
void validate_ally_list(const std::vector<std::string>& allies, std::string_view field);

/// Options every query shares.
struct Common {
    std::optional<std::string> edition; ///< edition id; the newest when absent
};

/// `hague editions`
struct EditionsRequest {};
struct EditionsResponse {
    std::vector<Edition> editions; ///< oldest first
};

/// `hague allies [--year Y]`
struct AlliesRequest {
    Common common;
    std::optional<int> year; ///< EU membership in this year; the edition's last year when absent
    void validate() const;
};
struct AlliesResponse {
    Edition edition;
    Year year;
    std::vector<Ally> allies;
};

/// `hague show ALLY [--indicator NAME]...`
struct ShowRequest {
    Common common;
    std::string ally;                    ///< ISO3 code or NATO / NATO_EUROPE_CAN, any case
    std::vector<std::string> indicators; ///< all when empty
    void validate() const;
};
struct ShowResponse {
    Edition edition;
    engine::EntitySeries series;
    /// Level breaks (data/breaks.csv) inside the GDP series shown: both years have a value.
    std::vector<LevelBreak> breaks;
};

/// `hague status [--year Y] [--rounding R]`
struct StatusRequest {
    Common common;
    std::optional<int> year; ///< the edition's last year when absent
    Rounding rounding = Rounding::TwoDp;
    void validate() const;
};
struct StatusResponse {
    Edition edition;
    std::vector<Ally> allies;
    engine::Status status;
};

/// `hague db info`
struct DbInfoResponse {
    store::StoreInfo info;
};

/// `hague db check`
struct DbCheckResponse {
    std::string location;
    std::vector<std::string> problems; ///< empty when the database is sound
};

/// `hague db repair`
struct DbRepairResponse {
    std::string location;
    std::vector<std::string> before; ///< what `db check` found first
    std::vector<std::string> after;  ///< what it finds after the repair (imported editions)
    std::int64_t rows_changed = 0;   ///< rows the repair wrote or deleted
};

// The use cases: each a free function of the snapshot(s) it reads and its request. None calls
// another through the facade; Service picks the snapshots and validates the request first.

/// The allies and their membership in the request's year.
[[nodiscard]] AlliesResponse answer(const engine::EditionSnapshot& e, const AlliesRequest& r);
/// Every indicator (or those asked for) of one ally or aggregate, by year.
[[nodiscard]] ShowResponse answer(const engine::EditionSnapshot& e, const ShowRequest& r);
/// Each member's share against the Alliance pledges in one year.
[[nodiscard]] StatusResponse answer(const engine::EditionSnapshot& e, const StatusRequest& r);

} // namespace hague::app
