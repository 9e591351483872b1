// `hague db check` and `hague db repair`: the database against the data bundled in the binary.
#include <map>
#include <tuple>

#include <fmt/format.h>

#include "hague/app/service.hpp"
#include "hague/core/error.hpp"
#include "hague/engine/edition_checks.hpp"
#include "hague/io/bundled.hpp"

namespace hague::app {

namespace {

/// At most this many differences are listed per edition or table, then a count.
constexpr std::size_t listed = 20;

/// Collects lines under a heading ("edition 2026-07"), at most `listed`, then "and N more".
class Lines {
  public:
    Lines(std::vector<std::string>& out, std::string heading)
        : out_(out), heading_(std::move(heading)) {}
    Lines(const Lines&) = delete;
    Lines& operator=(const Lines&) = delete;
    ~Lines() {
        if (more_ > 0)
            out_.push_back(fmt::format("{}: and {} more differences", heading_, more_));
    }
    void add(const std::string& what) {
        if (count_++ < listed)
            out_.push_back(fmt::format("{}: {}", heading_, what));
        else
            ++more_;
    }

  private:
    std::vector<std::string>& out_;
    std::string heading_;
    std::size_t count_ = 0, more_ = 0;
};

std::string years_text(const std::vector<Year>& years) {
    std::string s;
    for (const auto y : years)
        s += (s.empty() ? "" : ";") + std::to_string(y.value());
    return s;
}

/// A stored bundled edition against the bundle's: every field and every observation, exactly.
void compare_edition(const Edition& bundled, const Edition& stored,
                     const std::vector<Observation>& bundled_rows,
                     const std::vector<Observation>& stored_rows, std::vector<std::string>& out) {
    Lines lines(out, "edition " + bundled.id);
    const auto field = [&](const char* name, const std::string& want, const std::string& have) {
        if (want != have)
            lines.add(fmt::format("{} is '{}' in the database, '{}' in the bundled data", name,
                                  have, want));
    };
    field("title", bundled.title, stored.title);
    field("published", bundled.published, stored.published);
    field("first year", std::to_string(bundled.first_year.value()),
          std::to_string(stored.first_year.value()));
    field("last year", std::to_string(bundled.last_year.value()),
          std::to_string(stored.last_year.value()));
    field("estimate years", years_text(bundled.estimate_years), years_text(stored.estimate_years));
    field("constant price base", std::to_string(bundled.constant_price_base),
          std::to_string(stored.constant_price_base));
    field("source", bundled.source, stored.source);
    field("origin", "bundled", std::string(to_string(stored.origin)));

    using Key = std::tuple<std::string, std::string, int>; // entity, indicator, year
    std::map<Key, const Observation*> have;
    for (const auto& o : stored_rows)
        have.emplace(Key{o.entity.str(), o.indicator, o.year.value()}, &o);
    for (const auto& want : bundled_rows) {
        const Key key{want.entity.str(), want.indicator, want.year.value()};
        const auto where =
            fmt::format("{} {} {}", want.entity.str(), want.indicator, want.year.value());
        const auto it = have.find(key);
        if (it == have.end()) {
            lines.add(fmt::format("{} is missing (the bundled data has {})", where, want.value));
            continue;
        }
        const auto& got = *it->second;
        if (got.value != want.value)
            lines.add(fmt::format("{} is {} in the database, {} in the bundled data", where,
                                  got.value, want.value));
        else if (got.estimate != want.estimate)
            lines.add(fmt::format("{} is {} in the database, {} in the bundled data", where,
                                  got.estimate ? "an estimate" : "not an estimate",
                                  want.estimate ? "an estimate" : "not an estimate"));
        else if (got.source != want.source)
            lines.add(fmt::format("{} has source '{}', not '{}'", where, got.source, want.source));
        have.erase(it);
    }
    for (const auto& [key, o] : have)
        lines.add(fmt::format("{} {} {} = {} is not in the bundled data", std::get<0>(key),
                              std::get<1>(key), std::get<2>(key), o->value));
}

/// Reference data against the bundle's: allies, indicators, commitments, missing reasons.
void compare_reference(const Dataset& bundle, const ReferenceData& stored,
                       std::vector<std::string>& out) {
    {
        Lines lines(out, "allies");
        std::map<std::string, const Ally*> have;
        for (const auto& a : stored.allies)
            have.emplace(a.code.str(), &a);
        for (const auto& want : bundle.allies) {
            const auto it = have.find(want.code.str());
            if (it == have.end()) {
                lines.add(fmt::format("{} is missing", want.code.str()));
                continue;
            }
            const auto& a = *it->second;
            if (a.name_en != want.name_en || a.nato_joined != want.nato_joined ||
                a.eu_joined != want.eu_joined || a.eu_left != want.eu_left ||
                a.currency != want.currency)
                lines.add(fmt::format("{} differs from the bundled data (name, accession years "
                                      "or currency)",
                                      want.code.str()));
            have.erase(it);
        }
        for (const auto& [code, a] : have)
            lines.add(fmt::format("{} is not in the bundled data", code));
    }
    {
        Lines lines(out, "indicators");
        std::map<std::string, const Indicator*> have;
        for (const auto& i : stored.indicators)
            have.emplace(i.name, &i);
        for (const auto& want : bundle.indicators) {
            const auto it = have.find(want.name);
            if (it == have.end())
                lines.add(fmt::format("{} is missing", want.name));
            else if (it->second->unit != want.unit || it->second->nato_table != want.nato_table)
                lines.add(fmt::format("{} has unit '{}' and {}, not '{}' and {}", want.name,
                                      it->second->unit, it->second->nato_table, want.unit,
                                      want.nato_table));
        }
    }
    {
        Lines lines(out, "commitments");
        const auto text = [](const Commitment& c) {
            return fmt::format("{} {} {}% by {} ({}, {})", c.entity, c.kind, c.target_pct,
                               c.by_year ? std::to_string(c.by_year->value()) : "no year",
                               c.announced, c.source);
        };
        if (stored.commitments.size() != bundle.commitments.size())
            lines.add(fmt::format("{} in the database, {} in the bundled data",
                                  stored.commitments.size(), bundle.commitments.size()));
        for (std::size_t i = 0; i < bundle.commitments.size() && i < stored.commitments.size();
             ++i) {
            const auto& a = stored.commitments[i];
            const auto& b = bundle.commitments[i];
            if (text(a) != text(b) || a.note != b.note)
                lines.add(fmt::format("'{}' in the database where the bundled data has '{}'",
                                      text(a), text(b)));
        }
    }
    {
        // SIPRI's figures as bundled; a row imported from a newer SIPRI workbook replaces its
        // bundled one on purpose and is judged by its domain only.
        Lines lines(out, "SIPRI");
        std::map<std::pair<std::string, int>, const SipriObservation*> have;
        for (const auto& s : stored.sipri)
            have.emplace(std::pair{s.country.str(), s.year.value()}, &s);
        for (const auto& want : bundle.sipri) {
            const auto it = have.find({want.country.str(), want.year.value()});
            if (it == have.end()) {
                lines.add(fmt::format("{} {} is missing", want.country.str(), want.year.value()));
                continue;
            }
            const auto& got = *it->second;
            if (got.origin == Origin::Imported)
                continue;
            if (got.milex_usd_current_m != want.milex_usd_current_m ||
                got.share_gdp_pct != want.share_gdp_pct ||
                got.milex_usd_const2023_m != want.milex_usd_const2023_m ||
                got.estimate != want.estimate || got.source != want.source)
                lines.add(fmt::format("{} {} differs from the bundled data ({} against {} million "
                                      "USD, {}% against {}% of GDP)",
                                      want.country.str(), want.year.value(),
                                      got.milex_usd_current_m, want.milex_usd_current_m,
                                      got.share_gdp_pct, want.share_gdp_pct));
        }
    }
    {
        Lines lines(out, "missing reasons");
        const auto text = [](const MissingReason& m) {
            return fmt::format("{} {} {} {}: {}", m.entity, m.edition, m.indicator, m.year,
                               m.reason);
        };
        if (stored.missing_reasons.size() != bundle.missing_reasons.size())
            lines.add(fmt::format("{} in the database, {} in the bundled data",
                                  stored.missing_reasons.size(), bundle.missing_reasons.size()));
        for (std::size_t i = 0;
             i < bundle.missing_reasons.size() && i < stored.missing_reasons.size(); ++i)
            if (text(stored.missing_reasons[i]) != text(bundle.missing_reasons[i]) ||
                stored.missing_reasons[i].key != bundle.missing_reasons[i].key)
                lines.add(fmt::format("'{}' where the bundled data has '{}'",
                                      text(stored.missing_reasons[i]),
                                      text(bundle.missing_reasons[i])));
    }
}

/// Every difference between the store and the bundle, and every impossible value of an
/// imported edition.
std::vector<std::string> bundle_differences(const store::Store& store, const Dataset& bundle) {
    std::vector<std::string> out;
    const auto stored = store.reference();
    for (auto& line : engine::impossible_reference(stored))
        out.push_back(std::move(line));
    compare_reference(bundle, stored, out);
    std::map<std::string, std::vector<Observation>> bundled_rows;
    for (const auto& o : bundle.observations)
        bundled_rows[o.edition].push_back(o);
    for (const auto& b : bundle.editions) {
        const auto it = std::find_if(stored.editions.begin(), stored.editions.end(),
                                     [&](const Edition& e) { return e.id == b.id; });
        if (it == stored.editions.end()) {
            out.push_back(fmt::format("edition {}: missing (the bundled data has it)", b.id));
            continue;
        }
        if (it->origin == Origin::Imported)
            continue; // replaced by an import on purpose (import --replace): judged below
        compare_edition(b, *it, bundled_rows[b.id], store.observations(b.id), out);
    }
    for (const auto& e : stored.editions) {
        const bool bundled = std::any_of(bundle.editions.begin(), bundle.editions.end(),
                                         [&](const Edition& b) { return b.id == e.id; });
        if (bundled && e.origin != Origin::Imported)
            continue;
        for (auto& line : engine::impossible_values(e, store.observations(e.id), stored.indicators))
            out.push_back(std::move(line));
    }
    return out;
}

} // namespace

DbCheckResponse Service::db_check() const {
    const auto& store = library_->store();
    DbCheckResponse r{store.location(), store.check()};
    // Reading values of the wrong type throws DataIntegrity; the SQL checks above have already
    // named those rows, so the comparison is only made on a database whose types are sound.
    if (!r.problems.empty())
        return r;
    try {
        r.problems = bundle_differences(store, io::bundled_dataset());
    } catch (const Error& e) {
        if (e.kind() != ErrorKind::DataIntegrity)
            throw;
        r.problems.push_back(e.what());
    }
    return r;
}

DbRepairResponse Service::db_repair() const {
    const auto before = db_check();
    auto result = library_->repair(io::bundled_dataset(), io::bundled_digest());
    const auto after = db_check();
    return {before.location, before.problems, after.problems, result.rows_changed};
}

} // namespace hague::app
