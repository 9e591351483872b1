#pragma once
/// A national spending plan: core and defence-and-security-related spending by year.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "hague/core/entity_code.hpp"
#include "hague/core/year.hpp"

namespace hague {

/// One year of a plan: a share of GDP, or money in national currency (with GDP when the edition
/// does not cover the year).
struct PlanEntry {
    Year year;
    std::optional<double> share_gdp_pct; ///< % of GDP
    std::optional<double> spending_nc_m; ///< million national currency
    std::optional<double> gdp_nc_m;      ///< million national currency, for spending_nc_m
    std::string source;                  ///< where the figure comes from
    std::size_t line = 0;                ///< line in the plan file
};

/// A plan file (docs/plans.md).
struct Plan {
    std::string file; ///< name used in messages
    EntityCode ally;
    std::string title;
    std::optional<std::string> edition; ///< edition to judge against; the newest when absent
    std::vector<PlanEntry> core;        ///< NATO-definition defence spending, ascending years
    std::vector<PlanEntry> related;     ///< defence- and security-related spending, as declared
};

} // namespace hague
