#include "server/query.hpp"

#include <algorithm>

namespace hague::server {

namespace {

int hex_digit(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/// Percent-decoding, '+' as a space; nullopt when a '%' is not followed by two hex digits.
std::optional<std::string> decode(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '+') {
            out += ' ';
        } else if (s[i] == '%') {
            if (i + 2 >= s.size())
                return std::nullopt;
            const int hi = hex_digit(s[i + 1]), lo = hex_digit(s[i + 2]);
            if (hi < 0 || lo < 0)
                return std::nullopt;
            out += static_cast<char>(hi * 16 + lo);
            i += 2;
        } else {
            out += s[i];
        }
    }
    return out;
}

} // namespace

Query::Query(std::string_view query) {
    std::size_t start = 0;
    while (start <= query.size() && !query.empty()) {
        auto end = query.find('&', start);
        if (end == std::string_view::npos)
            end = query.size();
        const auto pair = query.substr(start, end - start);
        if (!pair.empty()) {
            const auto eq = pair.find('=');
            const auto name = decode(pair.substr(0, eq));
            const auto value = eq == std::string_view::npos ? std::optional<std::string>("")
                                                            : decode(pair.substr(eq + 1));
            if (!name || !value)
                throw detail::keyed_error(ErrorKind::InvalidInput, "err_bad_percent_escape",
                                          "'{}' has a '%' not followed by two hex digits",
                                          std::string(pair));
            // A field is spelt one way, as declared (min_change); min-change is unknown.
            const auto& key = *name;
            HAGUE_CHECK_FIELD(!params_.count(key), ErrorKind::InvalidInput, key,
                              "err_parameter_twice",
                              "{} is given twice (give it once; lists take ~, as in "
                              "ally=DEU~POL)");
            params_[key] = *value;
        }
        start = end + 1;
    }
}

} // namespace hague::server
