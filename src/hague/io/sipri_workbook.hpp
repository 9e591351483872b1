#pragma once
/// SIPRI's Military Expenditure Database workbook (data/nato/raw/sipri-milex-1949-2024.xlsx, the
/// April 2025 release) read into the comparator figures `hague compare` shows: Russia's and
/// China's spending in current and constant US dollars and as a share of GDP. Fail closed, like
/// the NATO workbook: sheets, titles, unit lines, the legend, the year header and the two
/// countries' rows must be as SIPRI lays them out, or the file is refused with the cell.

#include <string>
#include <vector>

#include "hague/core/sipri_observation.hpp"
#include "hague/io/xlsx.hpp"

namespace hague::io {

/// The countries `compare` sets beside NATO, by the name SIPRI gives them.
struct SipriCountry {
    std::string name; ///< "Russia"
    EntityCode code;  ///< RUS
};

/// Reads years from `first_year` on for each country of `countries` (each must be in every sheet
/// once). An estimate is a figure SIPRI prints in blue in any of the three sheets; a figure in
/// red (highly uncertain) is refused, hague has no way to mark it. The share of GDP is SIPRI's
/// fraction x 100, done on the decimal text. DataIntegrity naming the sheet and cell.
[[nodiscard]] std::vector<SipriObservation>
read_sipri_workbook(const Workbook& book, const std::vector<SipriCountry>& countries,
                    int first_year, const std::string& file_name);

/// Whether a workbook looks like SIPRI's (it has the "Share of GDP" and "Current US$" sheets).
[[nodiscard]] bool is_sipri_workbook(const Workbook& book);

} // namespace hague::io
