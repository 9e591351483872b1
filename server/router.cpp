#include "server/router.hpp"
#include "server/compress.hpp"
#include "server/query.hpp"
#include "server/web/pages.hpp"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <functional>
#include <map>
#include <optional>
#include <set>

#include <fmt/format.h>

#include "hague/app/fields.hpp"
#include "hague/app/render.hpp"
#include "hague/core/error.hpp"
#include "hague/i18n/catalog.hpp"
#include "hague/report/charts.hpp"
#include "hague/report/png.hpp"
#include "hague/usecase/common_fields.hpp"
#include "hague/usecase/registry.hpp"

namespace hague::server {

extern const std::string_view openapi_json; // server/openapi.json, embedded at build time

namespace {

constexpr std::string_view json_type = "application/json; charset=utf-8";
constexpr std::string_view csv_type = "text/csv; charset=utf-8";
constexpr std::string_view svg_type = "image/svg+xml; charset=utf-8";
constexpr std::string_view png_type = "image/png";
/// Responses are the same for as long as the server runs; an hour keeps a proxy's copy fresh
/// enough after an import restarts it.
constexpr std::string_view cache_control = "public, max-age=3600";

// --- errors -------------------------------------------------------------------------------------

constexpr std::array<std::pair<ErrorKind, int>, error_kind_count> status_table = {{
    {ErrorKind::InvalidInput, 400},
    {ErrorKind::NotFound, 404},
    {ErrorKind::DataIntegrity, 500},
    {ErrorKind::Io, 500},
    {ErrorKind::Database, 500},
    {ErrorKind::Unsupported, 400},
    {ErrorKind::Internal, 500},
    {ErrorKind::Timeout, 503},
}};
static_assert(status_table.size() == all_error_kinds.size(), "every ErrorKind has an HTTP status");

/// An error of the HTTP layer itself (a status that is not an ErrorKind's, such as 405 or 429),
/// worded through the catalogs like the library's.
struct HttpError {
    int status;
    Error error;
    std::vector<std::pair<std::string, std::string>> headers;
};

} // namespace

namespace {

// --- one request --------------------------------------------------------------------------------

/// What a handler needs besides the query.
struct Context {
    const app::Service& service;
    const Limits& limits;
    report::Format format;
    i18n::Language language;
    std::string_view body;
    std::atomic<unsigned>& simulations;
};

/// Holds one of the server's simulation slots; 429 when all are taken.
class SimulationSlot {
  public:
    explicit SimulationSlot(const Context& c) : count_(c.simulations) {
        if (++count_ > c.limits.max_simulations) {
            --count_;
            throw HttpError{429,
                            detail::keyed_error(ErrorKind::InvalidInput, "err_busy_simulations",
                                                "{} simulations are running, the most this "
                                                "server runs at once; try again in a second",
                                                c.limits.max_simulations),
                            {{"Retry-After", "1"}}};
        }
    }
    ~SimulationSlot() { --count_; }
    SimulationSlot(const SimulationSlot&) = delete;
    SimulationSlot& operator=(const SimulationSlot&) = delete;

  private:
    std::atomic<unsigned>& count_;
};

/// 404 for a path that is no endpoint.
[[noreturn]] void no_endpoint(const std::string& asked) {
    throw HttpError{404,
                    detail::keyed_error(ErrorKind::NotFound, "err_no_such_endpoint",
                                        "no endpoint {} (see /api/v1/ for the list)", asked),
                    {}};
}

/// 405 unless the request's method is `allowed` (GET also allows HEAD).
void require_method(const HttpRequest& request, std::string_view path, std::string_view allowed) {
    if (request.method == allowed || (allowed == "GET" && request.method == "HEAD"))
        return;
    throw HttpError{405,
                    detail::keyed_error(ErrorKind::InvalidInput, "err_method_not_allowed",
                                        "{} {} is not allowed (use {})", request.method,
                                        std::string(path), std::string(allowed)),
                    {{"Allow", allowed == "GET" ? "GET, HEAD" : std::string(allowed)}}};
}

/// A cancellation check that turns true `ms` milliseconds from now: a simulation past it stops
/// with ErrorKind::Timeout (503).
std::function<bool()> deadline_after(unsigned ms) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(ms);
    return [deadline] { return std::chrono::steady_clock::now() > deadline; };
}

app::Common common(const Query& q) {
    return app::Common{q.text("edition")};
}

std::string render_any(const auto& response, const Context& c) {
    return app::render(response, c.format, c.language);
}

/// The names of the fields a use case's endpoint takes, and `lang`.
std::vector<std::string_view> parameters_of(const usecase::UseCase& u) {
    std::vector<std::string_view> names;
    for (const auto& f : u.fields)
        if (usecase::takes(f.fronts, usecase::Fronts::Api))
            names.push_back(f.name);
    names.push_back("lang");
    return names;
}

/// Answers a declared use case's endpoint: its parameters read as its fields (lists OWID-style,
/// `ally=DEU~POL`), then the use case's own checks and answer. A simulation runs on one core,
/// within the server's bound on paths and its deadline, and holds a simulation slot while it
/// computes.
std::string answer_use_case(const usecase::UseCase& u, const Query& q, const Context& c) {
    q.only(parameters_of(u));
    usecase::Args args(u);
    for (const auto& f : u.fields) {
        if (!usecase::takes(f.fronts, usecase::Fronts::Api) || !q.text(f.name))
            continue;
        if (f.type == usecase::FieldType::List)
            args.set(f.name, q.items(f.name));
        else
            args.set(f.name, {*q.text(f.name)});
    }
    usecase::RunContext run;
    run.format = c.format;
    run.language = c.language;
    run.threads = 1; // the server runs requests side by side, one core each
    run.max_paths = c.limits.max_paths;
    run.cancelled = deadline_after(c.limits.deadline_ms);
    run.admit = [&c] { return std::make_shared<SimulationSlot>(c); };
    return u.prepare(args, run)(c.service);
}

/// An edition as the metadata describes it.
std::string edition_json(const Edition& e) {
    std::string years;
    for (const auto& y : e.estimate_years)
        years += fmt::format("{}{}", years.empty() ? "" : ", ", y.value());
    return fmt::format("{{\"id\": {}, \"title\": {}, \"published\": {}, \"first_year\": {}, "
                       "\"last_year\": {}, \"estimate_years\": [{}], \"source\": {}, "
                       "\"coverage\": {}}}",
                       json_string(e.id), json_string(e.title), json_string(e.published),
                       e.first_year.value(), e.last_year.value(), years, json_string(e.source),
                       json_string(e.coverage));
}

/// What a journalist cites an endpoint's figures from: the edition (and, for an endpoint that
/// compares two, the older one as `old_edition`), its NATO tables, its estimate years, the
/// rounding rule, and hague's version. `edition` is the query's edition, or NEW of a pair.
std::string metadata_json(const app::Service& service, std::string_view endpoint,
                          const std::vector<std::string_view>& tables,
                          const std::optional<std::string>& edition,
                          const std::optional<std::string>& old_edition) {
    const auto snapshot = service.library().edition(edition);
    const auto& e = snapshot->edition();
    std::string table_list, citation_tables;
    for (std::size_t i = 0; i < tables.size(); ++i) {
        table_list += fmt::format("{}\"Table {}\"", i ? ", " : "", tables[i]);
        citation_tables += (i == 0                   ? ""
                            : i + 1 == tables.size() ? " and "
                                                     : ", ") +
                           std::string(tables[i]);
    }
    const auto cited = [](const Edition& x) {
        return fmt::format("{}, edition {}", x.title, x.id);
    };
    std::string editions = cited(e), old_json;
    if (old_edition) {
        const auto old = service.library().edition(old_edition);
        editions = fmt::format("{}, against {}", cited(e), cited(old->edition()));
        old_json = fmt::format("  \"old_edition\": {},\n", edition_json(old->edition()));
    }
    const auto citation = tables.empty()
                              ? fmt::format("NATO, {}", editions)
                              : fmt::format("NATO, {}, Table{} {}", editions,
                                            tables.size() > 1 ? "s" : "", citation_tables);
    std::string sipri = "null";
    if (endpoint == "compare" && !snapshot->sipri().empty())
        sipri = json_string("SIPRI Military Expenditure Database (" +
                            snapshot->sipri().front().source + ")");
    return fmt::format(
        "{{\n  \"endpoint\": {},\n  \"edition\": {},\n{}  \"nato_tables\": [{}],\n  "
        "\"citation\": {},\n  \"sipri\": {},\n  \"estimates\": {},\n  \"rounding\": {},\n  "
        "\"hague\": {}\n}}\n",
        json_string(fmt::format("/api/v1/{}", endpoint)), edition_json(e), old_json, table_list,
        json_string(citation), sipri,
        json_string("NATO marks estimates with \"e\"; every figure's JSON says whether it is one "
                    "(\"estimate\": true)"),
        json_string("thresholds are compared with shares rounded to 2 decimals as NATO publishes "
                    "them (rounding=2dp), unless rounding=raw or rounding=1dp is asked for; every "
                    "answer names its rule"),
        json_string(app::version_string()));
}

} // namespace

i18n::Language preferred_language(std::string_view accept_language) {
    std::size_t start = 0;
    while (start < accept_language.size()) {
        auto end = accept_language.find(',', start);
        if (end == std::string_view::npos)
            end = accept_language.size();
        auto tag = accept_language.substr(start, end - start);
        tag = tag.substr(0, tag.find(';'));
        while (!tag.empty() && tag.front() == ' ')
            tag.remove_prefix(1);
        if (const auto l = i18n::parse_language(tag))
            return *l;
        start = end + 1;
    }
    return i18n::Language::En;
}

namespace {

i18n::Language language_of(const Query& q, std::string_view accept_language) {
    if (const auto lang = q.text("lang"))
        return app::parse_lang_field(*lang);
    return preferred_language(accept_language);
}

/// 64-bit FNV-1a of the body: the strong ETag of a response.
std::string etag_of(std::string_view body) {
    std::uint64_t h = 0xcbf29ce484222325ull;
    for (const char ch : body) {
        h ^= static_cast<unsigned char>(ch);
        h *= 0x100000001b3ull;
    }
    return fmt::format("\"{:016x}\"", h);
}

void add_security_headers(HttpResponse& r) {
    r.headers.emplace_back("X-Content-Type-Options", "nosniff");
    // A page (web/pages.cpp) brings its own policy; every other answer loads nothing.
    const bool has_policy = std::any_of(r.headers.begin(), r.headers.end(), [](const auto& h) {
        return h.first == "Content-Security-Policy";
    });
    if (!has_policy)
        r.headers.emplace_back("Content-Security-Policy",
                               "default-src 'none'; style-src "
                               "'unsafe-inline'; frame-ancestors 'self'");
    r.headers.emplace_back("Referrer-Policy", "no-referrer");
}

HttpResponse error_response(int status, const Error& e, i18n::Language language) {
    const bool internal = status == 500;
    // Internals (paths, SQL) stay in the log, not in the answer.
    const std::string message =
        internal ? std::string("internal error; the server's log has the details")
                 : i18n::error_message(e, language,
                                       [](std::string_view field) { return std::string(field); });
    const std::string code = status == 429 ? "busy" : std::string(to_string(e.kind()));
    return json_error(status, code, e.field(), message);
}

} // namespace

std::string json_string(std::string_view text) {
    std::string out = "\"";
    for (const char ch : text) {
        switch (ch) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        default:
            if (static_cast<unsigned char>(ch) < 0x20)
                out += fmt::format("\\u{:04x}", static_cast<unsigned char>(ch));
            else
                out += ch;
        }
    }
    return out + "\"";
}

HttpResponse json_error(int status, std::string_view code, std::string_view field,
                        std::string_view message) {
    HttpResponse r;
    r.status = status;
    r.content_type = json_type;
    r.body = fmt::format("{{\"error\": {{\"code\": {}, \"field\": {}, \"message\": {}}}}}\n",
                         json_string(code), field.empty() ? "null" : json_string(field),
                         json_string(message));
    add_security_headers(r);
    return r;
}

int http_status(ErrorKind kind) {
    for (const auto& [k, status] : status_table)
        if (k == kind)
            return status;
    return 500;
}

Router::Router(const app::Service& service, Limits limits) : service_(service), limits_(limits) {}

std::shared_ptr<const Router::Cached> Router::lookup(const std::string& key) const {
    const std::lock_guard lock(cache_mutex_);
    const auto it = index_.find(key);
    if (it == index_.end())
        return nullptr;
    lru_.splice(lru_.begin(), lru_, it->second); // most recently used first
    return it->second->second;
}

void Router::remember(const std::string& key, std::shared_ptr<const Cached> value) const {
    const auto size = value->response.body.size() + value->gzipped.size() + key.size();
    if (size > limits_.cache_bytes / 4)
        return; // one response may not crowd out the rest
    const std::lock_guard lock(cache_mutex_);
    if (index_.count(key))
        return;
    lru_.emplace_front(key, std::move(value));
    index_[key] = lru_.begin();
    cached_bytes_ += size;
    while (cached_bytes_ > limits_.cache_bytes && !lru_.empty()) {
        const auto& [old_key, old] = lru_.back();
        cached_bytes_ -= old->response.body.size() + old->gzipped.size() + old_key.size();
        index_.erase(old_key);
        lru_.pop_back();
    }
}

std::string Router::cache_key(const HttpRequest& request, i18n::Language language,
                              const std::string& canonical_query) const {
    if (request.method != "GET" && request.method != "HEAD")
        return {};
    const auto path = request.target.substr(0, request.target.find('?'));
    const bool wants_csv = request.accept.find("text/csv") != std::string::npos;
    return fmt::format("{}|{}?{}|{}{}", service_.library().epoch(), path, canonical_query,
                       i18n::code(language), wants_csv ? "|csv" : "|");
}

void Router::notice_imports() const {
    const auto now = std::chrono::duration_cast<std::chrono::milliseconds>(
                         std::chrono::steady_clock::now().time_since_epoch())
                         .count();
    auto due = next_store_check_.load();
    if (now < due || !next_store_check_.compare_exchange_strong(
                         due, now + static_cast<std::int64_t>(limits_.store_check_ms)))
        return; // checked less than a second ago, or another thread is checking
    try {
        (void)service_.library().refresh_if_changed();
    } catch (const std::exception&) {
        // The store cannot be read just now: keep serving the snapshots held.
    }
}

HttpResponse Router::from_cache(const HttpRequest& request, const Cached& c) const {
    HttpResponse out;
    if (request.method != "GET" && request.method != "HEAD") {
        // A POST (plan/check) answers the body it was sent: nothing to validate or keep.
        out = c.response;
        out.headers.emplace_back("Cache-Control", "no-store");
        add_security_headers(out);
        return out;
    }
    // The gzip representation has an ETag of its own (RFC 9110 8.8.3): "<hash>-gz".
    const bool gz = !c.gzipped.empty() && accepts_gzip(request.accept_encoding);
    const auto etag = gz ? c.etag.substr(0, c.etag.size() - 1) + "-gz\"" : c.etag;
    if (!request.if_none_match.empty() && request.if_none_match == etag) {
        out.status = 304;
    } else {
        out = c.response;
        if (gz) {
            out.body = c.gzipped;
            out.headers.emplace_back("Content-Encoding", "gzip");
        }
    }
    out.headers.emplace_back("ETag", etag);
    out.headers.emplace_back("Cache-Control", std::string(cache_control));
    out.headers.emplace_back("Vary", "Accept, Accept-Language, Accept-Encoding");
    add_security_headers(out);
    return out;
}

namespace {
/// A request that runs a simulation: simulate, or the fan chart.
bool simulates(const HttpRequest& request) {
    const auto path = std::string_view(request.target).substr(0, request.target.find('?'));
    return path.starts_with("/api/v1/simulate") || path.starts_with("/chart/fan");
}
} // namespace

std::optional<HttpResponse> Router::answer_now(const HttpRequest& request) const {
    notice_imports();
    try {
        const auto question = request.target.find('?');
        const Query query(question == std::string::npos
                              ? std::string_view()
                              : std::string_view(request.target).substr(question + 1));
        const auto language = language_of(query, request.accept_language);
        const auto key = cache_key(request, language, query.canonical());
        if (!key.empty())
            if (const auto cached = lookup(key)) {
                ++hits_;
                return from_cache(request, *cached);
            }
        if (simulates(request) && simulations_ >= limits_.max_simulations)
            return handle(request); // answers 429 at once, without computing anything
    } catch (const std::exception&) {
        return handle(request); // a malformed request: its 4xx costs nothing either
    }
    return std::nullopt;
}

HttpResponse Router::handle(const HttpRequest& request) const {
    notice_imports();
    const auto question = request.target.find('?');
    const std::string_view query_text = question == std::string::npos
                                            ? std::string_view()
                                            : std::string_view(request.target).substr(question + 1);
    i18n::Language language = i18n::Language::En;
    try {
        const Query query(query_text);
        language = language_of(query, request.accept_language);
        const auto key = cache_key(request, language, query.canonical());
        auto cached = key.empty() ? nullptr : lookup(key);
        if (cached) {
            ++hits_;
        } else {
            ++misses_;
            auto computed = std::make_shared<Cached>();
            computed->response = compute(request, query, language);
            computed->etag = etag_of(computed->response.body);
            if (computed->response.body.size() >= 1024 &&
                compressible(computed->response.content_type))
                computed->gzipped = gzip(computed->response.body);
            cached = computed;
            if (!key.empty())
                remember(key, cached);
        }
        return from_cache(request, *cached);
    } catch (const HttpError& e) {
        auto out = error_response(e.status, e.error, language);
        out.headers.insert(out.headers.end(), e.headers.begin(), e.headers.end());
        return out;
    } catch (const Error& e) {
        return error_response(http_status(e.kind()), e, language);
    } catch (const std::exception& e) {
        return error_response(500, Error(ErrorKind::Internal, e.what()), language);
    }
}

HttpResponse Router::compute(const HttpRequest& request, const Query& query,
                             i18n::Language language) const {
    std::string path = request.target.substr(0, request.target.find('?'));
    const std::string asked = path; // as requested, for messages
    // The dashboard's pages, embeds and assets (web/pages.cpp): HTML in the path's language.
    if (auto page = web::answer(service_, request, path, query))
        return std::move(*page);

    // The format: a .csv suffix, else the Accept header, else JSON. A .json suffix belongs to
    // X.metadata.json and openapi.json only.
    auto format = report::Format::Json;
    const bool json_suffix = path.ends_with(".json");
    if (path.ends_with(".csv")) {
        format = report::Format::Csv;
        path.resize(path.size() - 4);
    } else if (json_suffix) {
        path.resize(path.size() - 5);
    } else if (request.accept.find("text/csv") != std::string::npos) {
        format = report::Format::Csv;
    }
    const Context context{service_, limits_, format, language, request.body, simulations_};

    HttpResponse out;
    constexpr std::string_view api = "/api/v1/";
    if ((path == "/api/v1" || path == api) && !json_suffix && !asked.ends_with(".csv")) {
        // The index: every endpoint, so that a client (or a person) can find them.
        require_method(request, asked, "GET");
        query.only({"lang"});
        std::vector<std::string_view> names;
        for (const auto* u : usecase::all())
            if (usecase::takes(u->fronts, usecase::Fronts::Api))
                names.push_back(u->name);
        std::sort(names.begin(), names.end());
        std::string list;
        for (const auto name : names)
            list += fmt::format("{}\"/api/v1/{}\"", list.empty() ? "" : ", ", name);
        out.body =
            fmt::format("{{\"version\": \"{}\", \"endpoints\": [{}, "
                        "\"/api/v1/plan/check\"], \"charts\": \"/chart/KIND.svg\", \"openapi\": "
                        "\"/api/v1/openapi.json\"}}\n",
                        app::version_string(), list);
        out.content_type = json_type;
        return out;
    }
    if (path == "/api/v1/openapi" && json_suffix) {
        require_method(request, asked, "GET");
        query.only({"lang"});
        out.body = std::string(openapi_json);
        out.content_type = json_type;
        return out;
    }
    if (path.starts_with(api)) {
        const auto name = std::string_view(path).substr(api.size());
        if (name.ends_with(".metadata") && json_suffix) {
            // /api/v1/status.metadata.json (the .json suffix was taken off above)
            const auto endpoint =
                name.substr(0, name.size() - std::string_view(".metadata").size());
            const auto* u = usecase::find(endpoint);
            if (u == nullptr || !usecase::takes(u->fronts, usecase::Fronts::Api))
                no_endpoint(asked);
            require_method(request, asked, "GET");
            const std::vector<std::string_view> tables(u->nato_tables.begin(),
                                                       u->nato_tables.end());
            if (u->takes_field("old", usecase::Fronts::Api)) {
                // A comparison of two editions cites both: NEW's figures against OLD's.
                query.only({"old", "new", "lang"});
                const auto old_id = query.text_or("old", ""), new_id = query.text_or("new", "");
                app::validate_edition_pair(old_id, new_id);
                out.body = metadata_json(service_, endpoint, tables, new_id, old_id);
            } else {
                query.only({"edition", "lang"});
                out.body = metadata_json(service_, endpoint, tables, query.text("edition"), {});
            }
            out.content_type = json_type;
            return out;
        }
        if (json_suffix)
            no_endpoint(asked);
        if (name == "plan/check") {
            require_method(request, asked, "POST");
            HAGUE_CHECK(request.body.size() <= limits_.max_body, ErrorKind::InvalidInput,
                        "err_body_too_large", "the body is {} bytes, more than the {} allowed",
                        request.body.size(), limits_.max_body);
            query.only({"edition", "lang"});
            const app::PlanCheckRequest r{common(query), app::parse_plan(request.body, "body")};
            out.body = render_any(service_.plan_check(r), context);
        } else {
            const auto* u = usecase::find(name);
            if (u == nullptr || !usecase::takes(u->fronts, usecase::Fronts::Api))
                no_endpoint(asked);
            require_method(request, asked, "GET");
            out.body = answer_use_case(*u, query, context);
        }
        out.content_type = format == report::Format::Csv ? csv_type : json_type;
        return out;
    }
    constexpr std::string_view chart = "/chart/";
    if (path.starts_with(chart) || asked.starts_with(chart)) {
        // The chart's format is its suffix: .svg, .png, or .csv (taken off above) for its data.
        auto chart_format = app::ChartFormat::Csv;
        std::string kind_path = path;
        if (format != report::Format::Csv || !asked.ends_with(".csv")) {
            const auto dot = path.rfind('.');
            if (json_suffix || dot == std::string::npos ||
                (path.substr(dot + 1) != "svg" && path.substr(dot + 1) != "png"))
                no_endpoint(asked);
            chart_format = app::parse_chart_format_field(path.substr(dot + 1));
            kind_path = path.substr(0, dot);
        }
        const auto kind = report::parse_chart_kind(kind_path.substr(chart.size()));
        if (!kind)
            no_endpoint(asked);
        require_method(request, asked, "GET");
        query.only({"edition", "year", "ally", "paths", "seed", "scenario", "scale", "rounding",
                    "allies", "highlight", "title", "subtitle", "note", "byline", "width",
                    "growth_shift", "volatility_scale", "lang"});
        app::ChartRequest r;
        r.common = common(query);
        r.kind = *kind;
        r.allies = query.list("ally");
        r.only = query.list("allies");
        r.highlight = query.list("highlight");
        r.text = {query.text("title"), query.text("subtitle"), query.text("note"),
                  query.text("byline")};
        r.year = query.integer<int>("year");
        r.width = query.integer<int>("width").value_or(r.width);
        for (const auto* p : {"growth_shift", "volatility_scale"})
            HAGUE_CHECK_FIELD(!query.text(p) || r.kind == report::ChartKind::Fan,
                              ErrorKind::InvalidInput, p, "err_fan_only",
                              "{} applies to the fan chart only");
        r.growth_shift_pct = query.number("growth_shift").value_or(0);
        r.volatility_scale = query.number("volatility_scale").value_or(1);
        HAGUE_CHECK_FIELD(!query.text("rounding") || app::chart_compares_shares(r.kind),
                          ErrorKind::InvalidInput, "rounding", "err_rounding_chart",
                          "{} applies to the shares, map and gap charts only");
        r.rounding = app::parse_rounding_field(
            query.text_or("rounding", std::string(usecase::fields::rounding().fallback)));
        r.paths = query.integer<std::uint64_t>("paths").value_or(r.paths);
        HAGUE_CHECK_FIELD(r.kind != report::ChartKind::Fan ||
                              (r.paths >= 1 && r.paths <= limits_.max_paths),
                          ErrorKind::InvalidInput, "paths", "err_paths_outside",
                          "{} {} is outside 1-{}", r.paths, limits_.max_paths);
        r.seed = query.integer<std::uint32_t>("seed").value_or(r.seed);
        r.scenario = query.text_or("scenario", r.scenario);
        HAGUE_CHECK_FIELD(!query.text("scale") || chart_format == app::ChartFormat::Png,
                          ErrorKind::InvalidInput, "scale", "err_scale_png_only",
                          "{} applies to .png charts only");
        const int scale = query.integer<int>("scale").value_or(1);
        report::check_png_scale(scale);
        r.validate();
        const auto response = [&] {
            if (r.kind != report::ChartKind::Fan)
                return service_.chart(r);
            r.threads = 1; // the server runs requests side by side, one core each
            r.cancelled = deadline_after(limits_.deadline_ms);
            const SimulationSlot slot(context);
            return service_.chart(r);
        }();
        out.body = app::render_chart(response, chart_format, language, scale);
        out.content_type = chart_format == app::ChartFormat::Svg   ? svg_type
                           : chart_format == app::ChartFormat::Png ? png_type
                                                                   : csv_type;
        return out;
    }
    no_endpoint(asked);
}

} // namespace hague::server
