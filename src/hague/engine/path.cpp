#include "hague/engine/path.hpp"

#include <algorithm>
#include <cmath>

#include "hague/core/error.hpp"
#include "hague/core/rounding.hpp"

namespace hague::engine {

std::optional<double> Path::at(Year year) const {
    if (year < input.baseline_year || year > input.target_year)
        return std::nullopt;
    return input.baseline_share_pct +
           required_pp_per_year * (year.value() - input.baseline_year.value());
}

Path linear_path(const PathInput& in) {
    HAGUE_CHECK_FIELD(in.baseline_year < in.target_year, ErrorKind::InvalidInput, "from",
                      "err_from_before_target_year", "{} {} is not before the target year {}",
                      in.baseline_year, in.target_year);
    Path p{.input = in,
           .required_pp_per_year = 0,
           .already_at_target = false,
           .points = {},
           .review_pct = 0};
    const int years = in.target_year.value() - in.baseline_year.value();
    p.already_at_target = in.baseline_share_pct >= in.target_pct;
    p.required_pp_per_year =
        p.already_at_target ? 0.0 : (in.target_pct - in.baseline_share_pct) / years;
    for (int y = in.baseline_year.value(); y <= in.target_year.value(); ++y)
        p.points.push_back({Year(y), *p.at(Year(y))});
    // Before the baseline the path is not defined; the review is then the baseline itself.
    p.review_pct = p.at(in.review_year).value_or(in.baseline_share_pct);
    return p;
}

std::vector<CommitmentCheck> check_commitments(const Path& path,
                                               std::span<const Commitment> commitments,
                                               std::span<const OwnShare> own) {
    std::vector<CommitmentCheck> out;
    for (const auto& c : commitments) {
        CommitmentCheck check{.commitment = c,
                              .compared_year = c.by_year.value_or(path.input.target_year),
                              .path_pct = {},
                              .standing = {},
                              .difference_pp = 0,
                              .own = {},
                              .met = {},
                              .own_difference_pp = 0};
        if (check.compared_year <= path.input.baseline_year) {
            const auto it = std::find_if(own.begin(), own.end(), [&](const OwnShare& o) {
                return o.year == check.compared_year;
            });
            if (it != own.end()) {
                check.own = *it;
                // As status compares a share with a threshold: the share as NATO publishes it.
                const double published = apply(Rounding::TwoDp, it->share_pct);
                check.own_difference_pp = it->share_pct - c.target_pct;
                check.met = published >= c.target_pct;
            }
            out.push_back(std::move(check));
            continue;
        }
        check.path_pct = path.at(check.compared_year);
        if (check.path_pct) {
            check.difference_pp = c.target_pct - *check.path_pct;
            // Within half a hundredth of a point counts as on the path: commitments are stated
            // to at most two decimals.
            if (std::fabs(check.difference_pp) < 0.005)
                check.standing = Standing::OnPath;
            else
                check.standing = check.difference_pp > 0 ? Standing::Ahead : Standing::Behind;
        }
        out.push_back(std::move(check));
    }
    return out;
}

Outturn compare_outturn(const Path& path, Year year, double share_pct, bool estimate) {
    const double on_path = path.at(year).value_or(path.input.baseline_share_pct);
    Outturn o{year, share_pct, estimate, on_path, share_pct - on_path, Standing::OnPath};
    if (std::fabs(o.deviation_pp) >= 0.005)
        o.standing = o.deviation_pp > 0 ? Standing::Ahead : Standing::Behind;
    return o;
}

} // namespace hague::engine
