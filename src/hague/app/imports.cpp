// Importing, exporting and removing editions (imports.hpp).
#include "hague/app/imports.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "hague/app/service.hpp"
#include "hague/core/error.hpp"
#include "hague/engine/diff.hpp"
#include "hague/io/dataset_reader.hpp"
#include "hague/io/nato_workbook.hpp"
#include "hague/io/sipri_workbook.hpp"
#include "hague/io/xlsx.hpp"
#include <cmath>

namespace hague::app {

namespace fs = std::filesystem;

namespace {

/// An edition id: letters, digits, '.', '_' and '-', 1 to 32 of them, starting with a letter or
/// digit ("2027-07", "test-2024").
bool valid_id(const std::string& id) {
    static const std::regex pattern("[A-Za-z0-9][A-Za-z0-9._-]{0,31}");
    return std::regex_match(id, pattern);
}

bool valid_date(const std::string& d) {
    static const std::regex pattern("[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])");
    return std::regex_match(d, pattern);
}

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    HAGUE_CHECK(in.good(), ErrorKind::Io, "err_cannot_read", "cannot read '{}': {}", p.string(),
                std::string(std::strerror(errno)));
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

/// The edition a file holds, and the sections read from a workbook.
struct Read {
    Edition edition;
    std::vector<Observation> observations;
    std::vector<ImportSection> sections;
};

/// `book`: the workbook already read, when the file is one.
Read read_file(const ImportRequest& r, const ReferenceData& reference, const io::Workbook* book) {
    const fs::path path(r.path);
    HAGUE_CHECK(fs::exists(path), ErrorKind::Io, "err_cannot_read", "cannot read '{}': {}", r.path,
                std::string("No such file or directory"));
    Read out;
    if (path.extension() == ".xlsx") {
        HAGUE_CHECK_FIELD(r.edition.has_value(), ErrorKind::InvalidInput, "edition",
                          "err_import_needs_edition",
                          "{} is needed for a workbook: the id the new edition will have (such "
                          "as 2027-07)");
        auto read = io::read_nato_workbook(
            *book, reference.allies, reference.indicators, reference.missing_reasons,
            {*r.edition, r.published.value_or(""), path.filename().string()});
        out.edition = std::move(read.edition);
        out.observations = std::move(read.observations);
        for (auto& s : read.sections)
            out.sections.push_back({s.sheet, s.section, s.indicator, s.values});
        return out;
    }
    // The project's CSV layout: a directory, or its observations.csv.
    const auto dir = fs::is_directory(path) ? path : path.parent_path();
    HAGUE_CHECK(fs::is_directory(path) || path.extension() == ".csv", ErrorKind::InvalidInput,
                "err_import_what",
                "'{}' is neither a NATO workbook (.xlsx) nor an edition in "
                "hague's CSV layout (a directory with editions.csv and observations.csv)",
                r.path);
    const auto observations_file = fs::is_directory(path) ? dir / "observations.csv" : path;
    auto files = io::read_edition_files(slurp(dir / "editions.csv"), slurp(observations_file),
                                        reference.allies, reference.indicators);
    out.edition = std::move(files.edition);
    out.observations = std::move(files.observations);
    if (r.edition) {
        out.edition.id = *r.edition;
        for (auto& o : out.observations)
            o.edition = *r.edition;
    }
    if (r.published)
        out.edition.published = *r.published;
    return out;
}

} // namespace

void ImportRequest::validate() const {
    if (edition)
        HAGUE_CHECK_FIELD(valid_id(*edition), ErrorKind::InvalidInput, "edition",
                          "err_edition_id_invalid",
                          "{} '{}' is not an edition id (1 to 32 letters, digits, '.', '_' or "
                          "'-', such as 2027-07)",
                          *edition);
    if (published)
        HAGUE_CHECK_FIELD(valid_date(*published), ErrorKind::InvalidInput, "published",
                          "err_date_invalid", "{} '{}' is not a date such as 2027-07-10",
                          *published);
}

namespace {

/// SIPRI's workbook: the comparators' figures from 2014 (NATO's first year) on, and how many
/// differ from those stored.
ImportResponse import_sipri(const io::Workbook& book, const ImportRequest& r,
                            const ReferenceData& reference, const Library& library) {
    ImportResponse out;
    out.kind = "sipri";
    out.sipri = io::read_sipri_workbook(
        book,
        {{"Russia", EntityCode::parse("RUS").value()}, {"China", EntityCode::parse("CHN").value()}},
        2014, fs::path(r.path).filename().string());
    for (const auto& s : out.sipri) {
        const auto old = std::find_if(
            reference.sipri.begin(), reference.sipri.end(),
            [&](const SipriObservation& o) { return o.country == s.country && o.year == s.year; });
        const auto same = [](double a, double b) {
            return std::abs(a - b) <=
                   engine::same_value_relative * std::max(std::abs(a), std::abs(b));
        };
        if (old == reference.sipri.end() ||
            !same(old->milex_usd_current_m, s.milex_usd_current_m) ||
            !same(old->share_gdp_pct, s.share_gdp_pct) ||
            !same(old->milex_usd_const2023_m, s.milex_usd_const2023_m) ||
            old->estimate != s.estimate)
            ++out.sipri_changed;
    }
    if (r.dry_run) {
        out.outcome = ImportOutcome::DryRun;
    } else {
        library.put_sipri(out.sipri);
        out.outcome = ImportOutcome::Stored;
    }
    return out;
}

} // namespace

ImportResponse Service::import_edition(const ImportRequest& r) const {
    r.validate();
    const auto newest = library_->edition(std::nullopt);
    const auto& reference = newest->reference();
    std::optional<io::Workbook> book;
    if (fs::path(r.path).extension() == ".xlsx" && fs::exists(r.path)) {
        book = io::read_xlsx(r.path);
        if (io::is_sipri_workbook(*book))
            return import_sipri(*book, r, reference, *library_);
    }
    auto read = read_file(r, reference, book ? &*book : nullptr);

    ImportResponse out;
    out.findings = engine::check_edition(read.edition, read.observations, reference.allies);
    read.edition.origin = "imported";
    if (r.accept_warnings)
        for (const auto& f : out.findings)
            read.edition.notes += (read.edition.notes.empty() ? "" : "\n") + f.message;
    out.edition = read.edition;
    out.observations = read.observations.size();
    out.sections = std::move(read.sections);

    // What it revises: the edition named, else the one it replaces, else the stored edition of
    // the same years (the workbook of an edition hague already holds), else the newest.
    const auto stored = library_->editions();
    out.replaces = std::any_of(stored.begin(), stored.end(),
                               [&](const Edition& e) { return e.id == read.edition.id; });
    std::optional<std::string> against = r.against;
    if (!against && out.replaces)
        against = read.edition.id;
    if (!against)
        for (const auto& e : stored) // oldest published first: the last match is the newest
            if (e.last_year == read.edition.last_year)
                against = e.id;
    const auto old_snapshot = library_->edition(against);
    const auto reference_ptr = std::make_shared<const ReferenceData>(reference);
    const engine::EditionSnapshot new_snapshot(read.edition, reference_ptr, read.observations);
    out.diff = answer(*old_snapshot, new_snapshot, DiffRequest{});

    if (r.dry_run) {
        out.outcome = ImportOutcome::DryRun;
    } else if (out.replaces && !r.replace) {
        out.outcome = ImportOutcome::Refused;
        out.refusal_key = "err_edition_exists";
    } else if (!out.findings.empty() && !r.accept_warnings) {
        out.outcome = ImportOutcome::Refused;
        out.refusal_key = "err_import_findings";
    } else {
        library_->put_edition(read.edition, read.observations, r.replace);
        out.outcome = ImportOutcome::Stored;
    }
    return out;
}

ExportResponse Service::export_edition(const ExportRequest& r) const {
    const auto s = library_->edition(r.common.edition);
    return {s->edition(), io::write_editions_csv(s->edition()),
            io::write_observations_csv(s->observations())};
}

void Service::remove_edition(const RemoveEditionRequest& r) const {
    library_->remove_edition(r.edition);
}

} // namespace hague::app
