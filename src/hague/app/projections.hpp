#pragma once
/// Requests and responses of the projections: `hague project` and `hague simulate`.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "hague/app/requests.hpp"
#include "hague/engine/monte_carlo.hpp"
#include "hague/engine/projection.hpp"

namespace hague::app {

/// `hague project [--scenario status-quo|linear|commitments|PLAN.toml] [--target core|total]
/// [--outlook FILE.csv] [--from YEAR] [--inflation PCT]`
struct ProjectRequest {
    Common common;
    std::string scenario = "status-quo"; ///< a scenario name, or a plan file path
    engine::PathTarget target = engine::PathTarget::Core;
    std::optional<std::string> outlook_file;
    std::optional<int> from;
    std::optional<double> inflation_pct; ///< default inflation; 2% when absent
    void validate() const;
};

struct ProjectResponse {
    Edition edition;
    std::vector<Ally> allies;
    engine::GrowthModel growth;
    engine::Projection projection;
    std::optional<std::string> plan_file;
    std::optional<std::string> outlook_file;
};

/// Largest --paths accepted: about a minute on two cores.
inline constexpr std::uint64_t max_paths = 50'000'000;
/// The default seed, printed with every result (the date of The Hague summit).
inline constexpr std::uint32_t default_seed = 20250625;

/// `hague simulate --paths N [--seed S] [--threads T] [--rule share|budget]` plus the projection's
/// options, and overrides of the growth model.
struct SimulateRequest {
    ProjectRequest projection;
    std::uint64_t paths = 100'000;
    std::uint32_t seed = default_seed;
    unsigned threads = 0; ///< 0: every core
    engine::SpendingRule rule = engine::SpendingRule::Share;
    std::optional<double> rho;                          ///< override of the mean correlation
    std::vector<std::pair<std::string, double>> mu_pct;    ///< ISO3 -> mean log growth, percent
    std::vector<std::pair<std::string, double>> sigma_pct; ///< ISO3 -> volatility, percent
    std::function<void(std::uint64_t, std::uint64_t)> progress;
    void validate() const;
};

/// The parameters the simulation used for one ally.
struct SimulatedAlly {
    EntityCode ally;
    double mu = 0;
    double sigma = 0;
    bool mu_overridden = false;
    bool sigma_overridden = false;
};

struct SimulateResponse {
    ProjectResponse projection;
    engine::SpendingRule rule = engine::SpendingRule::Share;
    unsigned threads = 1;
    double rho = 0;
    bool rho_overridden = false;
    double threshold_pct = 0; ///< the core target: P(share in the last year >= it) is reported
    std::vector<SimulatedAlly> parameters;
    engine::McResult result;
};

} // namespace hague::app
