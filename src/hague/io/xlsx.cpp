#include "hague/io/xlsx.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <set>

#include <fmt/format.h>
#include <pugixml.hpp>
#include <zip.h>

#include "hague/core/error.hpp"
#include "hague/io/shared_library.hpp"

namespace hague::io {

namespace {

/// libzip, loaded on the first workbook: linking it would load it and OpenSSL's libcrypto (its
/// dependency) at every start of every command, some 4 ms, for the one command that reads a
/// workbook. The header gives each function's type.
struct LibZip {
    decltype(&zip_discard) discard = nullptr;
    decltype(&zip_fclose) fclose = nullptr;
    decltype(&zip_error_init) error_init = nullptr;
    decltype(&zip_source_buffer_create) source_buffer_create = nullptr;
    decltype(&zip_open_from_source) open_from_source = nullptr;
    decltype(&zip_error_strerror) error_strerror = nullptr;
    decltype(&zip_error_code_zip) error_code_zip = nullptr;
    decltype(&zip_source_free) source_free = nullptr;
    decltype(&zip_error_fini) error_fini = nullptr;
    decltype(&zip_get_num_entries) get_num_entries = nullptr;
    decltype(&zip_get_name) get_name = nullptr;
    decltype(&zip_name_locate) name_locate = nullptr;
    decltype(&zip_stat_init) stat_init = nullptr;
    decltype(&zip_stat_index) stat_index = nullptr;
    decltype(&zip_fopen_index) fopen_index = nullptr;
    decltype(&zip_get_error) get_error = nullptr;
    decltype(&zip_fread) fread = nullptr;
    std::string missing; ///< why it could not be loaded; empty once loaded
};

constexpr const char* zip_library = HAGUE_LIBZIP_SONAME; // from the library, at configure time

const LibZip& libzip() {
    static const LibZip loaded = [] {
        LibZip z;
        SharedLibrary lib(zip_library);
        lib.bind(z.discard, "zip_discard");
        lib.bind(z.fclose, "zip_fclose");
        lib.bind(z.error_init, "zip_error_init");
        lib.bind(z.source_buffer_create, "zip_source_buffer_create");
        lib.bind(z.open_from_source, "zip_open_from_source");
        lib.bind(z.error_strerror, "zip_error_strerror");
        lib.bind(z.error_code_zip, "zip_error_code_zip");
        lib.bind(z.source_free, "zip_source_free");
        lib.bind(z.error_fini, "zip_error_fini");
        lib.bind(z.get_num_entries, "zip_get_num_entries");
        lib.bind(z.get_name, "zip_get_name");
        lib.bind(z.name_locate, "zip_name_locate");
        lib.bind(z.stat_init, "zip_stat_init");
        lib.bind(z.stat_index, "zip_stat_index");
        lib.bind(z.fopen_index, "zip_fopen_index");
        lib.bind(z.get_error, "zip_get_error");
        lib.bind(z.fread, "zip_fread");
        z.missing = lib.missing();
        return z;
    }();
    HAGUE_REQUIRE(loaded.missing.empty(), ErrorKind::Io,
                  "reading a workbook needs libzip ({}), which cannot be loaded: {}", zip_library,
                  loaded.missing);
    return loaded;
}

struct ZipDeleter {
    void operator()(zip_t* z) const { libzip().discard(z); }
};
struct ZipFileDeleter {
    void operator()(zip_file_t* f) const { libzip().fclose(f); }
};

/// The archive and the budget the reads draw from.
class Archive {
  public:
    Archive(std::string_view bytes, std::string name, const XlsxLimits& limits)
        : name_(std::move(name)), limits_(limits) {
        zip_error_t error;
        libzip().error_init(&error);
        zip_source_t* source = libzip().source_buffer_create(bytes.data(), bytes.size(), 0, &error);
        if (source)
            zip_.reset(libzip().open_from_source(source, ZIP_RDONLY, &error));
        if (!zip_) {
            const std::string why = libzip().error_strerror(&error);
            const bool not_zip = libzip().error_code_zip(&error) == ZIP_ER_NOZIP;
            if (source)
                libzip().source_free(source);
            libzip().error_fini(&error);
            if (not_zip)
                HAGUE_THROW(ErrorKind::DataIntegrity, "err_xlsx_not_a_zip",
                            "'{}' is not an .xlsx workbook (not a zip archive)", name_);
            HAGUE_THROW(ErrorKind::DataIntegrity, "err_xlsx_not_zip",
                        "'{}' is not an .xlsx workbook (not a zip archive: {})", name_, why);
        }
        libzip().error_fini(&error);
        // Each part once: a second part of the same name would be read or not by chance.
        std::set<std::string> names;
        for (zip_int64_t i = 0; i < libzip().get_num_entries(zip_.get(), 0); ++i) {
            const char* n = libzip().get_name(zip_.get(), static_cast<zip_uint64_t>(i), 0);
            HAGUE_CHECK(n == nullptr || names.insert(n).second, ErrorKind::DataIntegrity,
                        "err_xlsx_part_twice", "'{}' has two parts named {}", name_,
                        std::string(n ? n : ""));
        }
        const auto entries = libzip().get_num_entries(zip_.get(), 0);
        HAGUE_CHECK(entries >= 0 && static_cast<std::uint64_t>(entries) <= limits_.max_entries,
                    ErrorKind::DataIntegrity, "err_xlsx_too_many_parts",
                    "'{}' has {} parts, more than the {} a workbook may have", name_, entries,
                    limits_.max_entries);
    }

    [[nodiscard]] bool has(const std::string& part) const {
        return libzip().name_locate(zip_.get(), part.c_str(), 0) >= 0;
    }

    /// The part's bytes, within the limits: its declared size, its compression ratio, the
    /// running total, and the bytes actually inflated (a header may lie).
    [[nodiscard]] std::string read(const std::string& part) {
        const auto index = libzip().name_locate(zip_.get(), part.c_str(), 0);
        HAGUE_CHECK(index >= 0, ErrorKind::DataIntegrity, "err_xlsx_missing_part",
                    "'{}' is not an .xlsx workbook: it has no {}", name_, part);
        zip_stat_t st;
        libzip().stat_init(&st);
        HAGUE_CHECK(libzip().stat_index(zip_.get(), static_cast<zip_uint64_t>(index), 0, &st) ==
                            0 &&
                        (st.valid & ZIP_STAT_SIZE) && (st.valid & ZIP_STAT_COMP_SIZE),
                    ErrorKind::DataIntegrity, "err_xlsx_damaged_part",
                    "'{}': the part {} is damaged", name_, part);
        check_size(part, st.size);
        HAGUE_CHECK(st.size <= limits_.max_ratio * std::max<zip_uint64_t>(st.comp_size, 1),
                    ErrorKind::DataIntegrity, "err_xlsx_ratio",
                    "'{}': the part {} expands {} times, more than the {} allowed (a zip bomb?)",
                    name_, part, st.size / std::max<zip_uint64_t>(st.comp_size, 1),
                    limits_.max_ratio);
        const std::unique_ptr<zip_file_t, ZipFileDeleter> file(
            libzip().fopen_index(zip_.get(), static_cast<zip_uint64_t>(index), 0));
        if (!file) {
            const auto code = libzip().error_code_zip(libzip().get_error(zip_.get()));
            HAGUE_CHECK(code != ZIP_ER_COMPNOTSUPP && code != ZIP_ER_ENCRNOTSUPP,
                        ErrorKind::DataIntegrity, "err_xlsx_compression",
                        "'{}': the part {} is compressed or encrypted in a way this hague "
                        "cannot read (Excel's own files use deflate)",
                        name_, part);
            HAGUE_THROW(ErrorKind::DataIntegrity, "err_xlsx_damaged_part",
                        "'{}': the part {} is damaged", name_, part);
        }
        std::string out;
        out.resize(static_cast<std::size_t>(st.size));
        std::uint64_t done = 0;
        char probe = 0;
        for (;;) {
            const bool full = done == st.size;
            // Past the declared size, read one byte more: a part longer than it says is refused.
            const auto n = full ? libzip().fread(file.get(), &probe, 1)
                                : libzip().fread(file.get(), out.data() + done, st.size - done);
            HAGUE_CHECK(n >= 0, ErrorKind::DataIntegrity, "err_xlsx_damaged_part",
                        "'{}': the part {} is damaged", name_, part);
            if (n == 0)
                break;
            HAGUE_CHECK(!full, ErrorKind::DataIntegrity, "err_xlsx_damaged_part",
                        "'{}': the part {} is damaged", name_, part);
            done += static_cast<std::uint64_t>(n);
        }
        HAGUE_CHECK(done == st.size, ErrorKind::DataIntegrity, "err_xlsx_damaged_part",
                    "'{}': the part {} is damaged", name_, part);
        total_ += st.size;
        return out;
    }

    [[nodiscard]] const std::string& name() const noexcept { return name_; }
    [[nodiscard]] const XlsxLimits& limits() const noexcept { return limits_; }

  private:
    void check_size(const std::string& part, std::uint64_t size) const {
        HAGUE_CHECK(size <= limits_.max_part_bytes && total_ + size <= limits_.max_total_bytes,
                    ErrorKind::DataIntegrity, "err_xlsx_part_too_large",
                    "'{}': the part {} is {} bytes uncompressed, more than the {} allowed", name_,
                    part, size, std::min(limits_.max_part_bytes, limits_.max_total_bytes - total_));
    }

    std::string name_;
    XlsxLimits limits_;
    std::unique_ptr<zip_t, ZipDeleter> zip_;
    std::uint64_t total_ = 0;
};

/// Parses one XML part: no DTD (no workbook has one, and entities are how a billion-laughs file
/// grows), nesting at most limits.max_depth.
pugi::xml_document parse_xml(const std::string& xml, const std::string& part, const Archive& a) {
    // A DTD may only come before the root element; look there.
    const auto root = xml.find('<', xml.find("?>") == std::string::npos ? 0 : xml.find("?>"));
    const auto head = xml.substr(0, std::min<std::size_t>(xml.size(), root + 64));
    HAGUE_CHECK(
        head.find("<!DOCTYPE") == std::string::npos && head.find("<!ENTITY") == std::string::npos,
        ErrorKind::DataIntegrity, "err_xlsx_doctype",
        "'{}': the part {} declares a DTD or entities, which no workbook does", a.name(), part);
    pugi::xml_document doc;
    const auto result = doc.load_buffer(
        xml.data(), xml.size(), pugi::parse_default & ~pugi::parse_doctype, pugi::encoding_utf8);
    HAGUE_CHECK(result, ErrorKind::DataIntegrity, "err_xlsx_bad_xml",
                "'{}': the part {} is not well-formed XML ({} at byte {})", a.name(), part,
                std::string(result.description()), result.offset);
    // Depth, without recursion; and element names without their namespace prefix
    // (<x:worksheet> as the Open XML SDK writes it is <worksheet>).
    std::vector<std::pair<pugi::xml_node, unsigned>> stack{{doc, 0u}};
    while (!stack.empty()) {
        auto [node, depth] = stack.back();
        stack.pop_back();
        if (node.type() == pugi::node_element) {
            const std::string_view name = node.name();
            if (const auto colon = name.find(':'); colon != std::string_view::npos)
                node.set_name(std::string(name.substr(colon + 1)).c_str());
        }
        HAGUE_CHECK(depth <= a.limits().max_depth, ErrorKind::DataIntegrity, "err_xlsx_too_deep",
                    "'{}': the part {} nests elements more than {} deep", a.name(), part,
                    a.limits().max_depth);
        for (auto child = node.first_child(); child; child = child.next_sibling())
            if (child.type() == pugi::node_element)
                stack.emplace_back(child, depth + 1);
    }
    return doc;
}

/// The text of a string item: <t>, or the <t> of each rich-text run <r>.
std::string item_text(const pugi::xml_node& si) {
    if (const auto t = si.child("t"))
        return t.text().get();
    std::string out;
    for (auto r = si.child("r"); r; r = r.next_sibling("r"))
        out += r.child("t").text().get();
    return out;
}

/// Where a relationship's target lives in the archive: relative to xl/, or absolute.
std::string part_of(std::string_view target) {
    const auto path = target.starts_with('/') ? std::filesystem::path(target.substr(1))
                                              : std::filesystem::path("xl") / target;
    return path.lexically_normal().generic_string(); // "xl/../xl/a.xml" is "xl/a.xml"
}

} // namespace

std::optional<double> shift_decimal(std::string_view text, int places) {
    // sign, digits with one optional point, optional exponent
    std::string digits;
    bool negative = false;
    std::size_t i = 0;
    if (i < text.size() && (text[i] == '-' || text[i] == '+'))
        negative = text[i++] == '-';
    int point = -1;
    for (; i < text.size() && text[i] != 'e' && text[i] != 'E'; ++i) {
        if (text[i] == '.') {
            if (point >= 0)
                return std::nullopt;
            point = static_cast<int>(digits.size());
        } else if (text[i] >= '0' && text[i] <= '9') {
            digits += text[i];
        } else {
            return std::nullopt;
        }
    }
    if (digits.empty())
        return std::nullopt;
    int exponent = 0;
    if (i < text.size()) {
        const auto e = text.substr(i + 1);
        const auto* begin = e.data() + (!e.empty() && e[0] == '+' ? 1 : 0);
        const auto [end, ec] = std::from_chars(begin, e.data() + e.size(), exponent);
        if (ec != std::errc() || end != e.data() + e.size())
            return std::nullopt;
    }
    if (point < 0)
        point = static_cast<int>(digits.size());
    // value = 0.digits x 10^(point + exponent); shifted: + places.
    const auto decimal =
        fmt::format("{}0.{}e{}", negative ? "-" : "", digits, point + exponent + places);
    double v = 0;
    const auto [end, ec] = std::from_chars(decimal.data(), decimal.data() + decimal.size(), v);
    if (ec != std::errc() || end != decimal.data() + decimal.size())
        return std::nullopt;
    return v;
}

std::string cell_name(std::uint32_t row, std::uint32_t column) {
    std::string letters;
    for (auto c = column; c > 0; c = (c - 1) / 26)
        letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
    return letters + std::to_string(row);
}

std::optional<std::pair<std::uint32_t, std::uint32_t>> parse_cell_name(std::string_view name) {
    std::uint32_t column = 0;
    std::size_t i = 0;
    while (i < name.size() && name[i] >= 'A' && name[i] <= 'Z' && i < 3) {
        column = column * 26 + static_cast<std::uint32_t>(name[i] - 'A' + 1);
        ++i;
    }
    if (i == 0 || i == name.size() || column > 16'384)
        return std::nullopt;
    std::uint32_t row = 0;
    const auto [end, ec] = std::from_chars(name.data() + i, name.data() + name.size(), row);
    if (ec != std::errc() || end != name.data() + name.size() || row == 0 || row > 1'048'576)
        return std::nullopt;
    return std::pair{row, column};
}

const Cell* Sheet::at(std::uint32_t row, std::uint32_t column) const {
    const auto it =
        std::lower_bound(cells.begin(), cells.end(), std::pair{row, column},
                         [](const Cell& c, const std::pair<std::uint32_t, std::uint32_t>& k) {
                             return std::pair{c.row, c.column} < k;
                         });
    return it != cells.end() && it->row == row && it->column == column ? &*it : nullptr;
}

std::string Workbook::font_color(const Cell& c) const {
    return c.style < font_colors.size() ? font_colors[c.style] : std::string();
}

const Sheet* Workbook::sheet(std::string_view name) const {
    for (const auto& s : sheets)
        if (s.name == name)
            return &s;
    return nullptr;
}

Workbook read_xlsx_bytes(std::string_view bytes, std::string_view name, const XlsxLimits& limits) {
    HAGUE_CHECK(bytes.size() <= limits.max_file_bytes, ErrorKind::DataIntegrity,
                "err_xlsx_file_too_large", "'{}' is {} bytes, more than the {} allowed",
                std::string(name), bytes.size(), limits.max_file_bytes);
    Archive archive(bytes, std::string(name), limits);

    // The shared strings, if any.
    std::vector<std::string> strings;
    if (archive.has("xl/sharedStrings.xml")) {
        const auto xml = archive.read("xl/sharedStrings.xml");
        const auto doc = parse_xml(xml, "xl/sharedStrings.xml", archive);
        for (auto si = doc.child("sst").child("si"); si; si = si.next_sibling("si")) {
            HAGUE_CHECK(strings.size() < limits.max_shared_strings, ErrorKind::DataIntegrity,
                        "err_xlsx_too_many_strings",
                        "'{}' has more than the {} shared strings allowed", archive.name(),
                        limits.max_shared_strings);
            strings.push_back(item_text(si));
        }
    }

    // The sheets, by name, through the workbook's relationships.
    std::map<std::string, std::string> targets;
    {
        const auto xml = archive.read("xl/_rels/workbook.xml.rels");
        const auto doc = parse_xml(xml, "xl/_rels/workbook.xml.rels", archive);
        for (auto r = doc.child("Relationships").child("Relationship"); r;
             r = r.next_sibling("Relationship"))
            targets[r.attribute("Id").value()] = r.attribute("Target").value();
    }
    const auto xml = archive.read("xl/workbook.xml");
    const auto doc = parse_xml(xml, "xl/workbook.xml", archive);
    Workbook book;
    for (auto s = doc.child("workbook").child("sheets").child("sheet"); s;
         s = s.next_sibling("sheet")) {
        HAGUE_CHECK(book.sheets.size() < limits.max_sheets, ErrorKind::DataIntegrity,
                    "err_xlsx_too_many_sheets", "'{}' has more than the {} sheets allowed",
                    archive.name(), limits.max_sheets);
        std::string rel_id;
        for (auto a = s.first_attribute(); a; a = a.next_attribute())
            if (std::string_view(a.name()).ends_with(":id"))
                rel_id = a.value();
        const auto target = targets.find(rel_id);
        HAGUE_CHECK(target != targets.end(), ErrorKind::DataIntegrity, "err_xlsx_missing_part",
                    "'{}' is not an .xlsx workbook: it has no {}", archive.name(),
                    std::string("sheet ") + s.attribute("name").value());
        Sheet sheet;
        sheet.name = s.attribute("name").value();
        HAGUE_CHECK(book.sheet(sheet.name) == nullptr, ErrorKind::DataIntegrity,
                    "err_xlsx_sheet_twice", "'{}' has two sheets named '{}'", archive.name(),
                    sheet.name);
        const auto part = part_of(target->second);
        const auto sheet_xml = archive.read(part);
        const auto sheet_doc = parse_xml(sheet_xml, part, archive);
        std::uint32_t last_row = 0;
        for (auto row = sheet_doc.child("worksheet").child("sheetData").child("row"); row;
             row = row.next_sibling("row")) {
            // A row's number is its r attribute, or the one after the previous row (both legal).
            const std::uint32_t row_number =
                row.attribute("r") ? row.attribute("r").as_uint(0) : last_row + 1;
            HAGUE_CHECK(row_number > last_row, ErrorKind::DataIntegrity, "err_xlsx_row_order",
                        "'{}': sheet {} has row {} after row {} (rows come once each, in order)",
                        archive.name(), sheet.name, row_number, last_row);
            last_row = row_number;
            std::uint32_t last_column = 0;
            for (auto c = row.child("c"); c; c = c.next_sibling("c")) {
                // A cell's position is its r attribute, or the column after the previous cell.
                const auto ref = c.attribute("r")
                                     ? parse_cell_name(c.attribute("r").value())
                                     : std::optional(std::pair{row_number, last_column + 1});
                HAGUE_CHECK(ref.has_value(), ErrorKind::DataIntegrity, "err_xlsx_bad_cell",
                            "'{}': sheet {} has a cell named '{}', which is not a cell name",
                            archive.name(), sheet.name, std::string(c.attribute("r").value()));
                HAGUE_CHECK(ref->first == row_number && ref->second > last_column,
                            ErrorKind::DataIntegrity, "err_xlsx_cell_order",
                            "'{}': sheet {} has cell {} in row {} (after column {}): each cell "
                            "once, in its own row, in order",
                            archive.name(), sheet.name, cell_name(ref->first, ref->second),
                            row_number, last_column);
                last_column = ref->second;
                const std::string type = c.attribute("t").value();
                Cell cell;
                cell.row = ref->first;
                cell.column = ref->second;
                cell.style = c.attribute("s").as_uint(0);
                // A value is one piece of text: "4<!-- -->1.012" or "0.9<b/>09" is not a value.
                const auto v = c.child("v");
                std::size_t pieces = 0;
                for (auto n = v.first_child(); n; n = n.next_sibling())
                    ++pieces;
                HAGUE_CHECK(pieces <= 1 &&
                                (!v.first_child() || v.first_child().type() == pugi::node_pcdata ||
                                 v.first_child().type() == pugi::node_cdata),
                            ErrorKind::DataIntegrity, "err_xlsx_bad_value",
                            "'{}': sheet {} cell {} holds markup inside its value", archive.name(),
                            sheet.name, cell_name(cell.row, cell.column));
                if (type == "s") {
                    std::size_t index = 0;
                    const std::string text = v.text().get();
                    const auto [end, ec] =
                        std::from_chars(text.data(), text.data() + text.size(), index);
                    HAGUE_CHECK(ec == std::errc() && end == text.data() + text.size() &&
                                    index < strings.size(),
                                ErrorKind::DataIntegrity, "err_xlsx_bad_shared_string",
                                "'{}': sheet {} cell {} refers to shared string '{}'; the "
                                "workbook has {}",
                                archive.name(), sheet.name, cell_name(cell.row, cell.column), text,
                                strings.size());
                    cell.text = strings[index];
                } else if (type == "inlineStr") {
                    cell.text = item_text(c.child("is"));
                } else {
                    cell.text = v.text().get();
                }
                // A formula whose result was never saved (a workbook written by a program, not
                // by Excel) has no figure to read: refused where a figure is expected.
                if (cell.text.empty() && c.child("f")) {
                    cell.type = CellType::Formula;
                    cell.text = "=" + std::string(c.child("f").text().get());
                    sheet.cells.push_back(std::move(cell));
                    continue;
                }
                if (cell.text.empty())
                    continue;
                if (type == "e") {
                    cell.type = CellType::Error;
                } else if (type == "b") {
                    cell.type = CellType::Boolean;
                    cell.number = cell.text == "1" ? 1 : 0;
                } else if (type.empty() || type == "n") {
                    cell.type = CellType::Number;
                    const auto [end, ec] = std::from_chars(
                        cell.text.data(), cell.text.data() + cell.text.size(), cell.number);
                    if (ec != std::errc() || end != cell.text.data() + cell.text.size() ||
                        !std::isfinite(cell.number))
                        cell.type = CellType::Text; // a "number" that is not one is text
                }
                HAGUE_CHECK(sheet.cells.size() < limits.max_cells, ErrorKind::DataIntegrity,
                            "err_xlsx_too_many_cells",
                            "'{}': sheet {} has more than the {} cells allowed", archive.name(),
                            sheet.name, limits.max_cells);
                sheet.cells.push_back(std::move(cell));
            }
        }
        book.sheets.push_back(std::move(sheet));
    }
    if (archive.has("xl/styles.xml")) {
        const auto styles_xml = archive.read("xl/styles.xml");
        const auto styles = parse_xml(styles_xml, "xl/styles.xml", archive);
        std::vector<std::string> fonts;
        for (auto f = styles.child("styleSheet").child("fonts").child("font"); f;
             f = f.next_sibling("font")) {
            const auto color = f.child("color");
            std::string c;
            for (const char* kind : {"indexed", "rgb", "theme"})
                if (color.attribute(kind))
                    c = std::string(kind) + ":" + color.attribute(kind).value();
            fonts.push_back(c);
        }
        for (auto xf = styles.child("styleSheet").child("cellXfs").child("xf"); xf;
             xf = xf.next_sibling("xf")) {
            const auto font = xf.attribute("fontId").as_uint(0);
            book.font_colors.push_back(font < fonts.size() ? fonts[font] : std::string());
        }
    }
    if (archive.has("docProps/core.xml")) {
        const auto core_xml = archive.read("docProps/core.xml");
        const auto core = parse_xml(core_xml, "docProps/core.xml", archive);
        const std::string created = core.child("coreProperties").child("created").text().get();
        if (created.size() >= 10)
            book.created = created.substr(0, 10);
    }
    return book;
}

Workbook read_xlsx(const std::string& path, const XlsxLimits& limits) {
    std::ifstream in(path, std::ios::binary);
    HAGUE_CHECK(in.good(), ErrorKind::Io, "err_cannot_read", "cannot read '{}': {}", path,
                std::string(std::strerror(errno)));
    in.seekg(0, std::ios::end);
    const auto size = static_cast<std::uint64_t>(std::max<std::streamoff>(in.tellg(), 0));
    HAGUE_CHECK(size <= limits.max_file_bytes, ErrorKind::DataIntegrity, "err_xlsx_file_too_large",
                "'{}' is {} bytes, more than the {} allowed", path, size, limits.max_file_bytes);
    in.seekg(0);
    std::string bytes(static_cast<std::size_t>(size), '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(size));
    HAGUE_CHECK(in.good() || in.eof(), ErrorKind::Io, "err_cannot_read", "cannot read '{}': {}",
                path, std::string(std::strerror(errno)));
    return read_xlsx_bytes(bytes, path, limits);
}

} // namespace hague::io
