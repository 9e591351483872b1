#pragma once
/// NATO's "Defence Expenditure of NATO Countries" workbook (sheets TABLE1 ... TABLE8b, the layout
/// of the June 2024 edition: data/nato/raw/nato-2024-06-tables.xlsx) read into an edition's
/// observations. Fail closed: every sheet, title, unit line, section, year column and ally row
/// must be recognized; anything else is refused with the sheet, the cell and what was expected.
/// docs/data-dictionary.md ("Loading next year's edition") lists what is checked.

#include <span>
#include <string>
#include <vector>

#include "hague/core/ally.hpp"
#include "hague/core/edition.hpp"
#include "hague/core/indicator.hpp"
#include "hague/core/missing_reason.hpp"
#include "hague/core/observation.hpp"
#include "hague/io/xlsx.hpp"

namespace hague::io {

/// What the workbook does not say and the caller does.
struct WorkbookImportOptions {
    std::string edition_id; ///< the new edition's id ("2027-07")
    std::string published;  ///< ISO date; empty: the workbook's creation date
    std::string file_name;  ///< for the edition's source and each observation's
};

/// A section of a table read, or left out because hague has no indicator for it.
struct SectionRead {
    std::string sheet;     ///< "TABLE2"
    std::string section;   ///< "Constant 2015 prices and exchange rates"
    std::string indicator; ///< exp_usd_const2015_m; empty when left out
    std::size_t values = 0;
};

struct WorkbookEdition {
    Edition edition;
    std::vector<Observation> observations; ///< each with its sheet and cell as its source
    std::vector<SectionRead> sections;
};

/// Reads `book` as a NATO workbook. `allies` and `indicators` are hague's reference data (the
/// names NATO spells, the indicators that can be stored); an ally may be missing from a section
/// only where `missing` gives a reason (Iceland). InvalidInput naming the sheet and cell.
[[nodiscard]] WorkbookEdition read_nato_workbook(const Workbook& book, std::span<const Ally> allies,
                                                 std::span<const Indicator> indicators,
                                                 std::span<const MissingReason> missing,
                                                 const WorkbookImportOptions& options);

} // namespace hague::io
