#include "hague/io/csv.hpp"

#include <algorithm>

#include "hague/core/error.hpp"

namespace hague::io {

CsvTable::CsvTable(std::string name, std::vector<std::string> header, std::vector<CsvRow> rows)
    : name_(std::move(name)), header_(std::move(header)), rows_(std::move(rows)) {}

std::size_t CsvTable::column(std::string_view name) const {
    auto it = std::find(header_.begin(), header_.end(), name);
    HAGUE_REQUIRE(it != header_.end(), ErrorKind::DataIntegrity, "{}: no column '{}' in the header",
                  name_, name);
    return static_cast<std::size_t>(it - header_.begin());
}

namespace {

/// Reads records one at a time; a record may span lines inside quotes.
class Reader {
  public:
    Reader(std::string_view text, const std::string& name) : text_(text), name_(name) {}

    bool done() const { return pos_ >= text_.size(); }
    std::size_t line() const { return line_; }

    std::vector<std::string> next() {
        std::vector<std::string> fields;
        std::string field;
        bool quoted = false;
        bool was_quoted = false;
        while (pos_ < text_.size()) {
            const char c = text_[pos_++];
            if (quoted) {
                if (c == '"') {
                    if (pos_ < text_.size() && text_[pos_] == '"') {
                        field += '"';
                        ++pos_;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n')
                        ++line_;
                    field += c;
                }
                continue;
            }
            if (c == ',') {
                fields.push_back(std::move(field));
                field.clear();
                was_quoted = false;
            } else if (c == '"') {
                HAGUE_REQUIRE(field.empty() && !was_quoted, ErrorKind::DataIntegrity,
                              "{}:{}: stray quote inside an unquoted field", name_, line_);
                quoted = was_quoted = true;
            } else if (c == '\r' && pos_ < text_.size() && text_[pos_] == '\n') {
                continue;
            } else if (c == '\n') {
                ++line_;
                fields.push_back(std::move(field));
                return fields;
            } else {
                HAGUE_REQUIRE(!was_quoted, ErrorKind::DataIntegrity,
                              "{}:{}: text after a closing quote", name_, line_);
                field += c;
            }
        }
        HAGUE_REQUIRE(!quoted, ErrorKind::DataIntegrity, "{}:{}: unterminated quoted field", name_,
                      line_);
        fields.push_back(std::move(field));
        return fields;
    }

  private:
    std::string_view text_;
    const std::string& name_;
    std::size_t pos_ = 0;
    std::size_t line_ = 1;
};

} // namespace

CsvTable parse_csv(std::string_view text, std::string name) {
    if (text.substr(0, 3) == "\xEF\xBB\xBF") // UTF-8 byte order mark
        text.remove_prefix(3);
    Reader reader(text, name);
    HAGUE_REQUIRE(!reader.done(), ErrorKind::DataIntegrity, "{}: empty file, expected a header",
                  name);
    auto header = reader.next();
    std::vector<CsvRow> rows;
    while (!reader.done()) {
        const auto line = reader.line();
        auto fields = reader.next();
        if (fields.size() == 1 && fields[0].empty())
            continue; // blank line
        HAGUE_REQUIRE(fields.size() == header.size(), ErrorKind::DataIntegrity,
                      "{}:{}: {} fields, expected {} as in the header", name, line, fields.size(),
                      header.size());
        rows.push_back({line, std::move(fields)});
    }
    return CsvTable(std::move(name), std::move(header), std::move(rows));
}

std::string csv_field(std::string_view text) {
    if (text.find_first_of(",\"\r\n") == std::string_view::npos)
        return std::string(text);
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + '"';
}

} // namespace hague::io
