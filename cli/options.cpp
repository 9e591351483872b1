#include "cli/options.hpp"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>

#include <sys/stat.h>
#include <unistd.h>

#include "hague/app/db_path.hpp"
#include "hague/core/error.hpp"

namespace hague::cli {

namespace {
std::optional<std::string> env(const char* name) {
    const char* v = std::getenv(name);
    return v ? std::optional<std::string>(v) : std::nullopt;
}
} // namespace

void add_global_options(CLI::App& app, GlobalOptions& g) {
    app.add_option("--edition", g.edition, "NATO edition id, e.g. 2026-07 (default: the newest)")
        ->type_name("ID");
    app.add_option("--format", g.format,
                   "Output format: table (default), csv or json; a chart: svg, png or csv")
        ->type_name("FORMAT");
    app.add_option("--db", g.db,
                   "Database file (default: $HAGUE_DB, else $XDG_DATA_HOME/hague/hague.db, "
                   "else ~/.local/share/hague/hague.db)")
        ->type_name("PATH");
    app.add_option("--rounding", g.rounding,
                   "How a share is compared with a threshold: raw, 2dp (as NATO publishes it) or "
                   "1dp")
        ->type_name("RULE")
        ->capture_default_str();
    app.add_option("--lang", g.lang,
                   "Language of tables, charts and reports: en, nl, de, fr, es or pt (default: "
                   "from LC_ALL, LC_MESSAGES or LANG, else en)")
        ->type_name("CODE");
}

report::Format format(const GlobalOptions& g) {
    return app::parse_format_field(g.format.value_or("table"));
}

Rounding rounding(const GlobalOptions& g) {
    return app::parse_rounding_field(g.rounding);
}

i18n::Language language(const GlobalOptions& g) {
    if (g.lang)
        return app::parse_lang_field(*g.lang);
    return i18n::language_from_environment(env("LC_ALL"), env("LC_MESSAGES"), env("LANG"));
}

app::Service open_service(const GlobalOptions& g) {
    (void)format(g); // reject a bad --format before touching the database
    (void)rounding(g);
    (void)language(g);
    const auto path =
        app::resolve_db_path(g.db, {env("HAGUE_DB"), env("XDG_DATA_HOME"), env("HOME")});
    return app::Service::open(path);
}

void write_output(const std::string& path, std::string_view content) {
    if (path == "-") {
        std::fwrite(content.data(), 1, content.size(), stdout);
        return;
    }
    HAGUE_CHECK(!path.empty(), ErrorKind::InvalidInput, "err_o_needs_file_name",
                "-o needs a file name (or - for stdout)");
    const std::filesystem::path target(path);
    HAGUE_CHECK(!std::filesystem::is_directory(target), ErrorKind::InvalidInput,
                "err_o_directory_give_file",
                "-o '{}' is a directory; give a file name such as chart.svg", path);
    const auto dir = target.has_parent_path() ? target.parent_path() : std::filesystem::path(".");
    std::string temp = (dir / ("." + target.filename().string() + ".XXXXXX")).string();
    const int fd = ::mkstemp(temp.data());
    HAGUE_CHECK(fd >= 0, ErrorKind::Io, "err_cannot_write", "cannot write '{}': {}", path,
                std::strerror(errno));
    std::size_t done = 0;
    while (done < content.size()) {
        const auto n = ::write(fd, content.data() + done, content.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const int err = errno;
            ::close(fd);
            ::unlink(temp.c_str());
            HAGUE_THROW(ErrorKind::Io, "err_cannot_write", "cannot write '{}': {}", path,
                        std::strerror(err));
        }
        done += static_cast<std::size_t>(n);
    }
    // mkstemp creates the file 0600; a chart or report is for sharing: 0644 less the umask.
    const mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(fd, 0644 & ~mask);
    const bool closed = ::close(fd) == 0;
    if (!closed || std::rename(temp.c_str(), path.c_str()) != 0) {
        const int err = errno;
        ::unlink(temp.c_str());
        HAGUE_THROW(ErrorKind::Io, "err_cannot_write", "cannot write '{}': {}", path,
                    std::strerror(err));
    }
}

void write_stdout(std::string_view text) {
    std::fwrite(text.data(), 1, text.size(), stdout);
}

} // namespace hague::cli
