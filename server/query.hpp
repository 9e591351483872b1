#pragma once
// The query string of a request: parameters by name, percent-decoded, each given once. Shared by
// the API (router.cpp) and the dashboard's pages (web/pages.cpp).

#include <algorithm>
#include <charconv>
#include <cmath>
#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "hague/core/error.hpp"
#include "hague/usecase/args.hpp"

namespace hague::server {

/// The parameters of one request, by name. Lists are OWID-style: `ally=DEU~POL`.
class Query {
  public:
    /// InvalidInput when a '%' is not followed by two hex digits or a name is given twice.
    explicit Query(std::string_view query);

    /// InvalidInput naming the first parameter that is not among `known`.
    void only(std::initializer_list<std::string_view> known) const {
        only(std::vector<std::string_view>(known));
    }
    void only(const std::vector<std::string_view>& known) const {
        for (const auto& [name, value] : params_)
            if (std::find(known.begin(), known.end(), name) == known.end()) {
                std::string list;
                for (const auto k : known)
                    list += (list.empty() ? "" : ", ") + std::string(k);
                throw detail::field_error(ErrorKind::InvalidInput, name, "err_unknown_parameter",
                                          "unknown parameter '{}' (this endpoint takes: {})",
                                          list.empty() ? std::string("none") : list);
            }
    }
    [[nodiscard]] std::optional<std::string> text(std::string_view name) const {
        const auto it = params_.find(std::string(name));
        return it == params_.end() ? std::nullopt : std::optional<std::string>(it->second);
    }
    [[nodiscard]] std::string text_or(std::string_view name, std::string fallback) const {
        return text(name).value_or(std::move(fallback));
    }
    /// A list parameter's items as given (`ally=DEU~POL`), an empty one (`allies=`, `DEU~~POL`)
    /// kept for the request to refuse, as the command line keeps one of `--allies DEU,,POL`; none
    /// when the parameter is absent.
    [[nodiscard]] std::vector<std::string> items(std::string_view name) const {
        std::vector<std::string> out;
        const auto v = text(name);
        if (!v)
            return out;
        std::size_t start = 0;
        for (;;) {
            const auto end = v->find('~', start);
            out.push_back(v->substr(start, end == std::string::npos ? end : end - start));
            if (end == std::string::npos)
                return out;
            start = end + 1;
        }
    }
    /// The items without empty ones (the dashboard's pages and the charts, which ignore them).
    [[nodiscard]] std::vector<std::string> list(std::string_view name) const {
        auto out = items(name);
        std::erase_if(out, [](const std::string& item) { return item.empty(); });
        return out;
    }
    /// The parameter as a whole number, read as every front end reads one (usecase/args.hpp).
    template <typename Int> [[nodiscard]] std::optional<Int> integer(std::string_view name) const {
        const auto v = text(name);
        return v ? std::optional<Int>(usecase::read_integer<Int>(name, *v)) : std::nullopt;
    }
    /// The parameter as a finite number, read as every front end reads one.
    [[nodiscard]] std::optional<double> number(std::string_view name) const {
        const auto v = text(name);
        return v ? std::optional<double>(usecase::read_number(name, *v)) : std::nullopt;
    }
    /// The parameters in a stable order, for the cache key.
    [[nodiscard]] std::string canonical() const {
        std::string out;
        for (const auto& [k, v] : params_)
            out += k + '=' + v + '&';
        return out;
    }

  private:
    std::map<std::string, std::string> params_;
};

} // namespace hague::server
