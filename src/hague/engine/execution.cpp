#include "hague/engine/execution.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

#include "hague/core/error.hpp"
#include "hague/core/indicator.hpp"
#include "hague/engine/statistics.hpp"

namespace hague::engine {

std::string_view to_string(Calibration c) {
    switch (c) {
    case Calibration::Revisions: return "revisions";
    case Calibration::RevisionsAll: return "revisions-all";
    case Calibration::Changes2014: return "changes-2014";
    case Calibration::Changes2022: return "changes-2022";
    }
    return "revisions";
}

std::optional<Calibration> parse_calibration(std::string_view text) {
    for (auto c : {Calibration::Revisions, Calibration::RevisionsAll, Calibration::Changes2014,
                   Calibration::Changes2022})
        if (text == to_string(c))
            return c;
    return std::nullopt;
}

std::string_view to_string(Persistence p) {
    return p == Persistence::Walk ? "walk" : "level";
}

std::optional<Persistence> parse_persistence(std::string_view text) {
    for (auto p : {Persistence::Walk, Persistence::Level})
        if (text == to_string(p))
            return p;
    return std::nullopt;
}

namespace {

/// The year an edition was published in ("2024-06-17" -> 2024).
std::optional<int> published_year(const Edition& e) {
    const auto y = Year::parse(std::string_view(e.published).substr(0, 4));
    return y ? std::optional<int>(y->value()) : std::nullopt;
}

/// An actual (not estimate) share of GDP above zero.
std::optional<double> actual_share(const ObservationIndex& index, const EntityCode& ally, int y) {
    const auto f = index.find(ally, Year(y), indicators::share_gdp_pct);
    if (!f || f->estimate || !(f->value > 0))
        return std::nullopt;
    return f->value;
}

/// Each ally's yearly log changes of the share over first..last, without the excluded years
/// and the ally's breaks.
std::map<std::string, std::map<int, ExecutionSample>> share_changes(const ExecutionInput& in,
                                                                    int first, int last) {
    std::map<std::string, std::map<int, ExecutionSample>> out;
    for (const auto& a : in.allies) {
        for (int y = first; y <= last; ++y) {
            if (std::find(in.excluded_years.begin(), in.excluded_years.end(), y) !=
                in.excluded_years.end())
                continue;
            if (std::any_of(in.breaks.begin(), in.breaks.end(), [&](const LevelBreak& b) {
                    return b.ally == a.code && b.year.value() == y;
                }))
                continue;
            const auto before = actual_share(*in.index, a.code, y - 1);
            const auto now = actual_share(*in.index, a.code, y);
            if (before && now)
                out[a.code.str()].insert_or_assign(
                    y,
                    ExecutionSample{a.code, Year(y), {}, *before, *now, std::log(*now / *before)});
        }
    }
    return out;
}

void revisions(const ExecutionInput& in, bool in_year_only, ExecutionRecord& out) {
    for (const auto& older : in.older) {
        const auto published = published_year(*older.edition);
        for (const auto& a : in.allies)
            for (int y = older.edition->first_year.value(); y <= older.edition->last_year.value();
                 ++y) {
                if (in_year_only && (!published || y != *published))
                    continue;
                const auto estimate = older.index->find(a.code, Year(y), indicators::share_gdp_pct);
                if (!estimate || !estimate->estimate || !(estimate->value > 0))
                    continue;
                const auto outturn = actual_share(*in.index, a.code, y);
                if (!outturn)
                    continue;
                out.samples.push_back({a.code, Year(y), older.edition->id, estimate->value,
                                       *outturn, std::log(*outturn / estimate->value)});
            }
    }
    const double n = static_cast<double>(out.samples.size());
    if (out.samples.empty())
        return;
    for (const auto& s : out.samples)
        out.mean += s.log_error / n;
    double ss = 0;
    for (const auto& s : out.samples)
        ss += (s.log_error - out.mean) * (s.log_error - out.mean);
    out.mean_se = out.samples.size() > 1 ? std::sqrt(ss / (n - 1)) / std::sqrt(n) : 0.0;
    out.bias_applied = out.samples.size() > 1 && std::fabs(out.mean) > 2 * out.mean_se;
    out.bias = out.bias_applied ? out.mean : 0.0;
    // About b: the sample's sd when the mean is carried (one degree spent on it), else the root
    // mean square about zero.
    out.degrees = static_cast<int>(out.samples.size()) - (out.bias_applied ? 1 : 0);
    double about_b = 0;
    for (const auto& s : out.samples)
        about_b += (s.log_error - out.bias) * (s.log_error - out.bias);
    out.tau = out.degrees > 0 ? std::sqrt(about_b / out.degrees) : 0.0;
}

void changes(const ExecutionInput& in, int first, ExecutionRecord& out) {
    const auto per_ally = share_changes(in, first, in.changes_last.value());
    double ss = 0;
    for (const auto& [code, years] : per_ally) {
        if (years.size() < 2)
            continue;
        double m = 0;
        for (const auto& [y, s] : years)
            m += s.log_error / static_cast<double>(years.size());
        for (const auto& [y, s] : years) {
            auto demeaned = s;
            demeaned.log_error -= m;
            ss += demeaned.log_error * demeaned.log_error;
            out.samples.push_back(demeaned);
        }
        out.degrees += static_cast<int>(years.size()) - 1;
    }
    out.tau = out.degrees > 0 ? std::sqrt(ss / out.degrees) : 0.0;
    out.first_year = Year(first);
}

} // namespace

std::vector<ExecutionSample> revision_samples(const ExecutionInput& in, bool in_year_only) {
    ExecutionRecord out;
    revisions(in, in_year_only, out);
    return std::move(out.samples);
}

ExecutionRecord estimate_execution(const ExecutionInput& in) {
    HAGUE_REQUIRE(in.edition && in.index, ErrorKind::Internal, "execution record without data");
    ExecutionRecord out;
    out.asked = in.calibration;
    out.calibration = in.calibration;
    out.last_year = in.changes_last;
    const int first_change = in.edition->first_year.value() + 1;
    switch (in.calibration) {
    case Calibration::Revisions:
    case Calibration::RevisionsAll:
        revisions(in, in.calibration == Calibration::Revisions, out);
        if (out.samples.empty()) { // the oldest edition held: no earlier estimate to revise
            out = ExecutionRecord{};
            out.asked = in.calibration;
            out.calibration = Calibration::Changes2014;
            out.last_year = in.changes_last;
            changes(in, first_change, out);
        }
        break;
    case Calibration::Changes2014: changes(in, first_change, out); break;
    case Calibration::Changes2022: changes(in, std::max(2022, first_change), out); break;
    }
    HAGUE_REQUIRE(!out.samples.empty() && out.degrees > 0, ErrorKind::InvalidInput,
                  "edition {} has no {} to measure how far spending misses its plan",
                  in.edition->id, to_string(in.calibration));
    std::map<std::string, int> allies;
    out.first_year = out.samples.front().year;
    out.last_year = out.samples.front().year;
    for (const auto& s : out.samples) {
        ++allies[s.ally.str()];
        out.first_year = std::min(out.first_year, s.year);
        out.last_year = std::max(out.last_year, s.year);
    }
    out.allies = static_cast<int>(allies.size());
    // The correlation: the changes over the growth window, whatever the calibration.
    out.rho_first_year = Year(first_change);
    out.rho_last_year = in.changes_last;
    const auto window = share_changes(in, first_change, in.changes_last.value());
    std::vector<std::map<int, double>> series;
    for (const auto& [code, years] : window) {
        auto& one = series.emplace_back();
        for (const auto& [y, sample] : years)
            one[y] = sample.log_error;
    }
    std::tie(out.rho_unclamped, out.rho_pairs) = mean_pairwise_correlation(series);
    out.rho = std::clamp(out.rho_unclamped, 0.0, 1.0);
    return out;
}

} // namespace hague::engine
