#pragma once
/// Why a figure is missing or an ally is left out: a value the engine returns, never a sentence.
/// Renderers word it (report::reason_text, in the reader's language; JSON and CSV in English,
/// from the English catalog).

#include <string>

#include "hague/core/missing_reason.hpp"
#include "hague/core/money.hpp"
#include "hague/core/year.hpp"

namespace hague {

struct Reason {
    enum class Kind {
        Data,           ///< as data/missing.csv states it (`text`, and its catalog `key`)
        NoShare,        ///< no share of GDP in `year`
        NoGdp,          ///< no GDP (Table 5) in `year`
        NoRate,         ///< no exchange rate (Tables 1 and 2) in `year`
        FewGrowthYears, ///< fewer than three years of real growth to estimate from
        EditionNoShare, ///< `edition` has no share of GDP for `ally` in `year`
        EditionNoGdp,   ///< `edition` has no GDP at `prices` for `ally` in `year` (Table 5)
        /// `edition` has no expenditure at `prices` in national currency and US dollars for
        /// `ally` in `year` (Tables 1 and 2): no exchange rate
        EditionNoRate,
        /// the same for the euro area's reference ally (`ally`), which gives the euro rate
        EditionNoEuroRate,
    };
    Kind kind = Kind::Data;
    Year year{2014};
    std::string edition;
    std::string ally;
    PriceBasis prices = PriceBasis::Current;
    std::string text; ///< Data: the reason in English, as the data states it
    std::string key;  ///< Data: its catalog key ("" when the data gives none)

    /// The data's reason (a row of data/missing.csv).
    [[nodiscard]] static Reason data(const MissingReason& m) {
        Reason r;
        r.text = m.reason;
        r.key = m.key;
        return r;
    }
    /// A reason of `kind` about `year` (and an edition and ally where the kind names them).
    [[nodiscard]] static Reason of(Kind kind, Year year, std::string edition = {},
                                   std::string ally = {}, PriceBasis prices = PriceBasis::Current) {
        Reason r;
        r.kind = kind;
        r.year = year;
        r.edition = std::move(edition);
        r.ally = std::move(ally);
        r.prices = prices;
        return r;
    }
};

/// The data's reason for the value where data/missing.csv gives one, else `otherwise`.
[[nodiscard]] inline Reason data_reason_or(std::span<const MissingReason> reasons,
                                           const EntityCode& entity, std::string_view edition,
                                           std::string_view indicator, Year year,
                                           Reason otherwise) {
    if (const auto* m = match_missing_reason(reasons, entity, edition, indicator, year))
        return Reason::data(*m);
    return otherwise;
}

} // namespace hague
