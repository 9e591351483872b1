// Importing, exporting and removing editions (imports.hpp).
#include "hague/app/imports.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <tuple>

#include <fmt/format.h>

#include "hague/app/service.hpp"
#include "hague/core/error.hpp"
#include "hague/core/text.hpp"
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

/// The most a CSV file of an edition may hold: the workbook's own limit per part.
constexpr std::uintmax_t max_csv_bytes = 64u << 20;

std::string slurp(const fs::path& p) {
    std::error_code ec;
    const auto size = fs::file_size(p, ec);
    HAGUE_CHECK(ec || size <= max_csv_bytes, ErrorKind::DataIntegrity, "err_file_too_large",
                "'{}' is {} bytes, more than the {} allowed", p.string(), size, max_csv_bytes);
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

/// Whether the file is a workbook: it begins as a zip archive does ("PK\3\4"), whatever its
/// extension (.xlsx, .XLSX, .xlsm).
bool is_workbook_file(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    char magic[4] = {};
    in.read(magic, 4);
    return in.gcount() == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
}

/// `book`: the workbook already read, when the file is one.
Read read_file(const ImportRequest& r, const ReferenceData& reference, const io::Workbook* book) {
    const fs::path path(r.path); // import_edition checked that it is there
    Read out;
    if (book) {
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
        HAGUE_CHECK_FIELD(valid_iso_date(*published), ErrorKind::InvalidInput, "published",
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
    const fs::path path(r.path);
    std::error_code ec;
    const auto status = fs::status(path, ec);
    HAGUE_CHECK(fs::exists(status), ErrorKind::Io, "err_cannot_read", "cannot read '{}': {}",
                r.path, std::string("No such file or directory"));
    // A FIFO or a device would be read forever, or not be the file meant.
    HAGUE_CHECK(fs::is_regular_file(status) || fs::is_directory(status), ErrorKind::InvalidInput,
                "err_import_not_a_file",
                "'{}' is not a file or a directory (a pipe or a device cannot be imported)",
                r.path);
    std::optional<io::Workbook> book;
    auto extension = path.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (fs::is_regular_file(status) &&
        (is_workbook_file(path) || extension == ".xlsx" || extension == ".xlsm")) {
        book = io::read_xlsx(r.path);
        if (io::is_sipri_workbook(*book)) {
            // SIPRI's figures are not an edition: the options of one do not apply.
            for (const auto& [given, name] :
                 {std::pair{r.edition.has_value(), "edition"},
                  std::pair{r.published.has_value(), "published"},
                  std::pair{r.against.has_value(), "against"}, std::pair{r.replace, "replace"},
                  std::pair{r.accept_warnings, "accept_warnings"}})
                HAGUE_CHECK_FIELD(!given, ErrorKind::InvalidInput, name, "err_import_sipri_option",
                                  "{} does not apply to SIPRI's workbook (its figures replace "
                                  "those of the same country and year)");
            return import_sipri(*book, r, reference, *library_);
        }
    }
    auto read = read_file(r, reference, book ? &*book : nullptr);
    // Nothing to import is not an edition.
    HAGUE_CHECK(!read.observations.empty(), ErrorKind::DataIntegrity, "err_import_empty",
                "'{}' holds no figures: there is no edition to import", r.path);
    // Text must be UTF-8 (a Latin-1 CSV from Excel on Windows is not), and the dates real.
    auto check_text = [&](const std::string& text, const char* what) {
        HAGUE_CHECK(valid_utf8(text), ErrorKind::DataIntegrity, "err_import_not_utf8",
                    "'{}': its {} is not UTF-8 text (save the file as UTF-8)", r.path,
                    std::string(what));
    };
    check_text(read.edition.id, "edition id");
    check_text(read.edition.title, "title");
    check_text(read.edition.source, "source");
    check_text(read.edition.coverage, "coverage");
    for (const auto& o : read.observations)
        check_text(o.source, "source column");
    HAGUE_CHECK(valid_iso_date(read.edition.published), ErrorKind::DataIntegrity,
                "err_import_bad_date",
                "'{}': the publication date '{}' is not a date such as 2027-07-10 (give "
                "--published)",
                r.path, read.edition.published);
    HAGUE_CHECK(std::stoi(read.edition.published.substr(0, 4)) >= read.edition.last_year.value(),
                ErrorKind::InvalidInput, "err_import_published_early",
                "the publication date {} is before the edition's last year, {}",
                read.edition.published, read.edition.last_year.value());

    // An impossible value (a share of 269%, a negative count) is refused whatever
    // --accept-warnings says: stored, it would stop every command (the database is read through
    // the same rules) and no repair could fix it.
    const auto impossible =
        engine::impossible_values(read.edition, read.observations, reference.indicators, 5);
    HAGUE_CHECK(impossible.empty(), ErrorKind::InvalidInput, "err_import_impossible",
                "'{}' is refused: {}", r.path,
                impossible.empty() ? std::string() : impossible.front());
    ImportResponse out;
    out.findings = engine::check_edition(read.edition, read.observations, reference.allies);
    read.edition.origin = Origin::Imported;
    out.observations = read.observations.size();
    out.sections = std::move(read.sections);

    // What it revises: the edition named, else the one it replaces, else the stored edition of
    // the same years (the workbook of an edition hague already holds), else the newest.
    const auto stored = library_->editions();
    const auto same_id = std::find_if(stored.begin(), stored.end(),
                                      [&](const Edition& e) { return e.id == read.edition.id; });
    out.replaces = same_id != stored.end();
    // A bundled edition stays as hague ships it: a workbook of the same years is imported under
    // its own id and compared with it.
    HAGUE_CHECK(!out.replaces || same_id->origin != Origin::Bundled, ErrorKind::InvalidInput,
                "err_import_bundled_id",
                "edition {} is bundled with hague and cannot be replaced; import under another "
                "id (it is compared with {} all the same)",
                read.edition.id, read.edition.id);
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
    // A value the compared edition has, for a year this one covers, and this one lacks: NATO
    // does not take figures back, a damaged or misread file does.
    {
        // (Only indicators this edition has: a new price base replaces a whole indicator.)
        std::set<std::tuple<std::string, std::string, int>> have;
        std::set<std::string> indicators;
        for (const auto& o : read.observations) {
            have.emplace(o.entity.str(), o.indicator, o.year.value());
            indicators.insert(o.indicator);
        }
        std::size_t dropped = 0;
        std::string first;
        for (const auto& o : old_snapshot->observations()) {
            if (!read.edition.covers(o.year) || !indicators.count(o.indicator) ||
                have.count({o.entity.str(), o.indicator, o.year.value()}))
                continue;
            if (dropped++ == 0)
                first = fmt::format("{} {} {}", o.entity.str(), o.indicator, o.year.value());
        }
        if (dropped > 0)
            out.findings.push_back(
                {"values_dropped", "", 0,
                 fmt::format("{} values of edition {} for years this edition covers are not in "
                             "it (the first: {})",
                             dropped, old_snapshot->id(), first)});
    }

    if (r.accept_warnings)
        for (const auto& f : out.findings)
            read.edition.notes += (read.edition.notes.empty() ? "" : "\n") + f.message;
    out.edition = read.edition;
    if (out.replaces && !r.replace)
        out.refusal_key = "err_edition_exists";
    else if (!out.findings.empty() && !r.accept_warnings)
        out.refusal_key = "err_import_findings";
    if (r.dry_run) {
        out.outcome = ImportOutcome::DryRun; // refusal_key says whether it would be refused
    } else if (!out.refusal_key.empty()) {
        out.outcome = ImportOutcome::Refused;
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
