#include "server/site.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <mutex>
#include <optional>
#include <thread>

#include <fmt/format.h>

#include "hague/core/error.hpp"
#include "hague/i18n/language.hpp"
#include "hague/report/charts.hpp"
#include "hague/usecase/registry.hpp"

namespace hague::server {

namespace fs = std::filesystem;

namespace {

/// The API's endpoints by what the site writes of them, read from their declarations
/// (usecase/registry.hpp): those that compare two editions (old and new: every pair, older
/// first), those of one ally that must be named (show: each ally), those that take an edition
/// (with their defaults, for each edition), and those that take neither (editions).
struct Endpoints {
    std::vector<std::string_view> pairs, per_ally, per_edition, plain;
};

Endpoints endpoints() {
    Endpoints e;
    constexpr auto api = usecase::Fronts::Api;
    for (const auto* u : usecase::all()) {
        if (!usecase::takes(u->fronts, api))
            continue;
        const auto* ally = u->field("ally");
        if (u->takes_field("old", api) && u->takes_field("new", api))
            e.pairs.push_back(u->name);
        else if (ally && usecase::takes(ally->fronts, api) && ally->fallback.empty())
            e.per_ally.push_back(u->name);
        else if (u->takes_field("edition", api))
            e.per_edition.push_back(u->name);
        else
            e.plain.push_back(u->name);
    }
    return e;
}

/// `name=value` pairs in name order, joined with '&': the form Query::canonical sorts into.
std::string query_of(std::vector<std::pair<std::string, std::string>> params) {
    std::sort(params.begin(), params.end());
    std::string out;
    for (const auto& [k, v] : params)
        out += (out.empty() ? "" : "&") + k + '=' + v;
    return out;
}

std::string url(std::string_view path, const std::string& query) {
    return query.empty() ? std::string(path) : std::string(path) + '?' + query;
}

void write_file(const fs::path& path, std::string_view content) {
    fs::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    out.close();
    HAGUE_CHECK(out.good(), ErrorKind::Io, "err_cannot_write", "cannot write '{}': {}",
                path.string(), std::string("write failed"));
}

/// A new directory beside `dir` (same file system, so a rename moves it into place).
fs::path temp_beside(const fs::path& dir, std::string_view what) {
    const auto parent = dir.has_parent_path() ? dir.parent_path() : fs::path(".");
    std::string templ =
        (parent / fmt::format(".{}.{}-XXXXXX", dir.filename().string(), what)).string();
    HAGUE_CHECK(::mkdtemp(templ.data()) != nullptr, ErrorKind::Io, "err_cannot_write",
                "cannot write '{}': {}", dir.string(), std::strerror(errno));
    return templ;
}

} // namespace

std::vector<std::string> site_urls(const app::Service& service) {
    const auto editions = service.editions({}).editions;
    std::vector<std::string> codes;
    for (const auto& a : service.allies({}).allies)
        codes.push_back(a.code.str());

    std::vector<std::optional<std::string>> edition_values{std::nullopt};
    for (const auto& e : editions)
        edition_values.emplace_back(e.id);
    std::vector<std::optional<std::string>> lang_values{std::nullopt};
    for (const auto l : i18n::all_languages)
        lang_values.emplace_back(std::string(i18n::code(l)));

    const auto api = endpoints();
    std::vector<std::string> urls;
    for (const auto& lang : lang_values) {
        std::vector<std::pair<std::string, std::string>> base;
        if (lang)
            base.emplace_back("lang", *lang);
        const auto q = query_of(base);
        urls.push_back(url("/api/v1/", q));
        urls.push_back(url("/api/v1/openapi.json", q));
        for (const auto name : api.plain) {
            urls.push_back(url(fmt::format("/api/v1/{}", name), q));
            urls.push_back(url(fmt::format("/api/v1/{}.csv", name), q));
        }
        for (std::size_t i = 0; i < editions.size(); ++i)
            for (std::size_t j = i + 1; j < editions.size(); ++j) {
                auto params = base;
                params.emplace_back("old", editions[i].id);
                params.emplace_back("new", editions[j].id);
                const auto pq = query_of(params);
                for (const auto name : api.pairs) {
                    urls.push_back(url(fmt::format("/api/v1/{}", name), pq));
                    urls.push_back(url(fmt::format("/api/v1/{}.csv", name), pq));
                }
            }
        for (const auto& edition : edition_values) {
            auto params = base;
            if (edition)
                params.emplace_back("edition", *edition);
            const auto eq = query_of(params);
            for (const auto name : api.per_edition) {
                urls.push_back(url(fmt::format("/api/v1/{}", name), eq));
                urls.push_back(url(fmt::format("/api/v1/{}.csv", name), eq));
            }
            for (const auto name : api.per_edition)
                urls.push_back(url(fmt::format("/api/v1/{}.metadata.json", name), eq));
            for (const auto name : api.per_ally)
                urls.push_back(url(fmt::format("/api/v1/{}.metadata.json", name), eq));
            auto allies = codes;
            allies.emplace_back(EntityCode::nato_total);
            allies.emplace_back(EntityCode::nato_europe_canada);
            for (const auto& code : allies) {
                auto with_ally = params;
                with_ally.emplace_back("ally", code);
                const auto aq = query_of(with_ally);
                for (const auto name : api.per_ally) {
                    urls.push_back(url(fmt::format("/api/v1/{}", name), aq));
                    urls.push_back(url(fmt::format("/api/v1/{}.csv", name), aq));
                }
            }
            for (const auto chart : report::all_chart_kinds) {
                if (chart == report::ChartKind::Trend)
                    continue;
                const auto kind = report::to_string(chart);
                for (const auto* ext : {"svg", "png", "csv"})
                    urls.push_back(url(fmt::format("/chart/{}.{}", kind, ext), eq));
            }
            for (const auto& code : codes) {
                auto with_ally = params;
                with_ally.emplace_back("ally", code);
                const auto aq = query_of(with_ally);
                for (const auto* ext : {"svg", "png", "csv"})
                    urls.push_back(url(fmt::format("/chart/trend.{}", ext), aq));
            }
        }
    }
    return urls;
}

fs::path site_file(std::string_view u) {
    const auto question = u.find('?');
    std::string path(u.substr(0, question));
    if (path.ends_with('/'))
        path += "index.json";
    const auto relative = path.substr(1); // the leading '/'
    if (question == std::string_view::npos)
        return relative;
    return fs::path("q") / std::string(u.substr(question + 1)) / relative;
}

SiteSummary write_site(const app::Service& service, const fs::path& dir, unsigned threads) {
    const auto start = std::chrono::steady_clock::now();
    const bool exists = fs::exists(dir);
    HAGUE_CHECK(!exists || fs::is_directory(dir), ErrorKind::InvalidInput, "err_site_not_directory",
                "-o '{}' is a file; give a new or empty directory", dir.string());
    HAGUE_CHECK(!exists || fs::is_empty(dir) || fs::exists(dir / "site.json"),
                ErrorKind::InvalidInput, "err_site_not_a_site",
                "-o '{}' is not empty and holds no hague site (site.json); give a new or empty "
                "directory",
                dir.string());

    threads = std::max(1u, threads);
    // No cache: every answer is written once. A slot per thread for the simulations.
    const Router router(service, Limits{.max_paths = app::max_paths,
                                        .max_simulations = threads,
                                        .cache_bytes = 0,
                                        .max_body = 0,
                                        .deadline_ms = 600'000});
    const auto urls = site_urls(service);
    const auto work = temp_beside(dir, "partial");
    SiteSummary summary;
    std::vector<std::string> skipped;
    std::mutex mutex;
    std::atomic<std::size_t> next{0};
    std::atomic<std::size_t> files{0};
    std::atomic<std::uint64_t> bytes{0};
    std::exception_ptr failure;
    try {
        std::vector<std::thread> pool;
        for (unsigned t = 0; t < threads; ++t)
            pool.emplace_back([&] {
                try {
                    for (auto i = next++; i < urls.size(); i = next++) {
                        const auto response = router.handle({"GET", urls[i], "", "", "", ""});
                        if (response.status != 200) {
                            const std::lock_guard lock(mutex);
                            skipped.push_back(fmt::format(
                                "{{\"url\": {}, \"status\": {}, \"answer\": {}}}",
                                json_string(urls[i]), response.status,
                                response.body.empty()
                                    ? "null"
                                    : response.body.substr(0, response.body.find_last_not_of('\n') +
                                                                  1)));
                            continue;
                        }
                        write_file(work / site_file(urls[i]), response.body);
                        ++files;
                        bytes += response.body.size();
                    }
                } catch (...) {
                    const std::lock_guard lock(mutex);
                    if (!failure)
                        failure = std::current_exception();
                    next = urls.size();
                }
            });
        for (auto& th : pool)
            th.join();
        if (failure)
            std::rethrow_exception(failure);

        std::sort(skipped.begin(), skipped.end());
        std::string editions, languages;
        for (const auto& e : service.editions({}).editions)
            editions += (editions.empty() ? "" : ", ") + json_string(e.id);
        for (const auto l : i18n::all_languages)
            languages += (languages.empty() ? "" : ", ") + json_string(i18n::code(l));
        std::string skipped_list;
        for (const auto& s : skipped)
            skipped_list += (skipped_list.empty() ? "\n    " : ",\n    ") + s;
        write_file(
            work / "site.json",
            fmt::format("{{\n  \"hague\": {},\n  \"editions\": [{}],\n  \"languages\": [{}],\n"
                        "  \"files\": {},\n  \"skipped\": [{}{}]\n}}\n",
                        json_string(app::version_string()), editions, languages, files.load(),
                        skipped_list, skipped.empty() ? "" : "\n  "));

        // Into place: the old site moves aside, the new one takes its name, the old one goes.
        std::optional<fs::path> old;
        if (exists) {
            old = temp_beside(dir, "old");
            fs::remove(*old);
            fs::rename(dir, *old);
        }
        fs::rename(work, dir);
        if (old)
            fs::remove_all(*old);
    } catch (...) {
        std::error_code ignored;
        fs::remove_all(work, ignored);
        throw;
    }
    summary.files = files;
    summary.bytes = bytes;
    summary.skipped = skipped.size();
    summary.seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return summary;
}

} // namespace hague::server
