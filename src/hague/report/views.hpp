#pragma once
/// Views: each result as a text table, a CSV table and a JSON document (docs/json.md).

#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "hague/core/ally.hpp"
#include "hague/core/edition.hpp"
#include "hague/core/level_break.hpp"
#include "hague/core/rounding.hpp"
#include "hague/engine/groups.hpp"
#include "hague/engine/series.hpp"
#include "hague/engine/status.hpp"
#include "hague/i18n/catalog.hpp"
#include "hague/report/format.hpp"
#include "hague/report/table.hpp"
#include "hague/report/words.hpp"
#include "hague/store/store.hpp"

namespace hague::report {

/// One result, ready for any format. CSV is its own table: machine names, full precision.
struct View {
    Table table;
    Table csv;
    nlohmann::ordered_json json;
};

/// The view rendered in format f, ending with a newline.
[[nodiscard]] std::string render(const View& v, Format f);

// One renderer per format for every result: X_json and X_csv from the result alone (no catalog,
// no ICU), X_table from the result and the catalog's language; X_view builds all three.
using Json = nlohmann::ordered_json;

[[nodiscard]] Table editions_table(std::span<const Edition> editions, const i18n::Catalog& catalog);
[[nodiscard]] Table editions_csv(std::span<const Edition> editions);
[[nodiscard]] Json editions_json(std::span<const Edition> editions);
/// One edition as `editions` lists it: id, title, dates, years, prices, source, coverage, origin,
/// notes.
[[nodiscard]] Json edition_json(const Edition& e);
[[nodiscard]] View editions_view(std::span<const Edition> editions, const i18n::Catalog& catalog);

[[nodiscard]] Table allies_table(std::span<const Ally> allies, Year year,
                                 const i18n::Catalog& catalog);
[[nodiscard]] Table allies_csv(std::span<const Ally> allies, Year year, const std::string& edition);
[[nodiscard]] Json allies_json(std::span<const Ally> allies, Year year, const std::string& edition);
[[nodiscard]] View allies_view(std::span<const Ally> allies, Year year, const std::string& edition,
                               const i18n::Catalog& catalog);

[[nodiscard]] Table series_table(const engine::EntitySeries& s, const Edition& edition,
                                 const i18n::Catalog& catalog,
                                 std::span<const LevelBreak> breaks = {});
[[nodiscard]] Table series_csv(const engine::EntitySeries& s);
[[nodiscard]] Json series_json(const engine::EntitySeries& s, const Edition& edition,
                               std::span<const LevelBreak> breaks = {});
[[nodiscard]] View series_view(const engine::EntitySeries& s, const Edition& edition,
                               const i18n::Catalog& catalog,
                               std::span<const LevelBreak> breaks = {});
/// The status in each format, one renderer per format: JSON and CSV from the result alone (no
/// catalog, no ICU), the text table from the result and the catalog's language.
[[nodiscard]] nlohmann::ordered_json status_json(const engine::Status& s, const Edition& edition,
                                                 std::span<const Ally> allies);
[[nodiscard]] Table status_csv(const engine::Status& s, std::span<const Ally> allies);
[[nodiscard]] Table status_table(const engine::Status& s, const Edition& edition,
                                 std::span<const Ally> allies, const i18n::Catalog& catalog);
/// All three at once.
[[nodiscard]] View status_view(const engine::Status& s, const Edition& edition,
                               std::span<const Ally> allies, const i18n::Catalog& catalog);
/// An ally's name as readers of the language know it: NATO's English spelling (allies.csv) in
/// English, ICU's (CLDR) in the others.
[[nodiscard]] std::string localized_name(const Ally& ally, i18n::Language l);
/// Every ally's localized_name by ISO3 code, and NATO's two aggregates' names from the catalog.
[[nodiscard]] std::map<std::string, std::string, std::less<>>
localized_names(std::span<const Ally> allies, const i18n::Catalog& catalog);
/// An edition's notes (one per line) as one line: "first; second".
[[nodiscard]] std::string one_line(std::string_view notes);
/// NATO's English names by code (allies.csv, and the two aggregates): the names CSV and JSON carry.
[[nodiscard]] std::map<std::string, std::string, std::less<>>
english_names(std::span<const Ally> allies);
/// The name under `code` in `names`, or the code itself when it has none.
[[nodiscard]] std::string name_or_code(const std::map<std::string, std::string, std::less<>>& names,
                                       std::string_view code);
/// SIPRI's database as a source line names it: the years its release covers, from the file name
/// ("SIPRI-Milex-data-1949-2024" gives "1949-2024"); the source as stored when it names no file.
[[nodiscard]] std::string sipri_citation(std::string_view source);
/// A reason of data/missing.csv given as its English text, in the catalog's language (by the key
/// whose English it is); anything else as given. The engine's own reasons are typed values
/// (core/reason.hpp), worded by reason_text.
[[nodiscard]] std::string localized_reason(std::string_view english, const i18n::Catalog& catalog);
/// The sentence that names the rounding rule a comparison with a threshold used.
[[nodiscard]] std::string rounding_note(Rounding rounding, const i18n::Catalog& catalog);
/// The allies `codes` by their names in `names`, in the catalog's alphabetical order, as the
/// language writes a list: "Denmark, Germany and Iceland".
[[nodiscard]] std::string name_list(const std::vector<std::string>& codes,
                                    const std::map<std::string, std::string, std::less<>>& names,
                                    const i18n::Catalog& catalog);
/// A standard group's name in the catalog's language (message group_<id>); a custom group keeps
/// the name it was given.
[[nodiscard]] std::string localized_group_name(const engine::Group& g,
                                               const i18n::Catalog& catalog);
[[nodiscard]] Table db_info_table(const store::StoreInfo& info, const i18n::Catalog& catalog);
[[nodiscard]] Table db_info_csv(const store::StoreInfo& info);
[[nodiscard]] Json db_info_json(const store::StoreInfo& info);
[[nodiscard]] View db_info_view(const store::StoreInfo& info, const i18n::Catalog& catalog);
[[nodiscard]] Table db_check_table(const std::string& location,
                                   std::span<const std::string> problems,
                                   const i18n::Catalog& catalog);
[[nodiscard]] Table db_check_csv(std::span<const std::string> problems);
/// `db repair`: what the check found before, and what remains after.
[[nodiscard]] Table db_repair_table(const std::string& location,
                                    std::span<const std::string> before,
                                    std::span<const std::string> after, std::int64_t rows,
                                    const i18n::Catalog& catalog);
[[nodiscard]] Table db_repair_csv(std::span<const std::string> before,
                                  std::span<const std::string> after);
[[nodiscard]] Json db_repair_json(const std::string& location, std::span<const std::string> before,
                                  std::span<const std::string> after, std::int64_t rows);
[[nodiscard]] Json db_check_json(const std::string& location,
                                 std::span<const std::string> problems);
[[nodiscard]] View db_check_view(const std::string& location, std::span<const std::string> problems,
                                 const i18n::Catalog& catalog);

} // namespace hague::report
