#pragma once
/// One entity's published values in one edition, grouped by indicator.

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "hague/core/entity_code.hpp"
#include "hague/core/indicator.hpp"
#include "hague/core/missing_reason.hpp"
#include "hague/core/observation.hpp"

namespace hague::engine {

/// One indicator's values by year, oldest first.
struct IndicatorSeries {
    Indicator indicator;
    std::vector<Observation> values;
};

/// Every requested indicator of one entity in one edition.
struct EntitySeries {
    std::string edition;
    EntityCode entity;
    std::string name;                    ///< English name
    std::vector<IndicatorSeries> series; ///< in the order of `indicators`, only those with values
    std::vector<Year> years;             ///< every year with at least one value, ascending
    std::optional<std::string> missing_reason; ///< why there is nothing, when series is empty
    std::optional<std::string> missing_key;    ///< its message key (data/missing.csv)
};

/// Groups observations (of one entity and edition) by indicator, in the order of `indicators`.
[[nodiscard]] EntitySeries group_series(std::string edition, EntityCode entity, std::string name,
                                        std::span<const Indicator> indicators,
                                        std::span<const Observation> observations,
                                        std::span<const MissingReason> reasons);

} // namespace hague::engine
