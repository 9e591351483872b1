#include "cli/options.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>

#include <fcntl.h>
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

const CLI::Validator& whole_number() {
    static const CLI::Validator v(
        [](std::string& text) {
            const bool digits = !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
                return c >= '0' && c <= '9';
            });
            if (!digits)
                return "'" + text + "' is not a whole number (digits 0-9 only)";
            if (text.size() > 1 && text.front() == '0')
                return "'" + text + "' starts with 0 (write it without the leading zeros)";
            return std::string();
        },
        "", "whole number");
    return v;
}

void refuse_global_edition(const GlobalOptions& g, std::string_view command) {
    HAGUE_CHECK_FIELD(!g.edition, ErrorKind::InvalidInput, "edition", "err_edition_not_used",
                      "{} '{}' has no effect on 'hague {}': leave it out", g.edition.value_or(""),
                      command);
}

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
        write_stdout(content);
        return;
    }
    HAGUE_CHECK(!path.empty(), ErrorKind::InvalidInput, "err_o_needs_file_name",
                "-o needs a file name (or - for stdout)");
    const std::filesystem::path target(path);
    HAGUE_CHECK(!std::filesystem::is_directory(target), ErrorKind::InvalidInput,
                "err_o_directory_give_file",
                "-o '{}' is a directory; give a file name such as chart.svg", path);
    // All of content to fd; false (errno set) when the system refuses.
    const auto write_all = [&](int fd) {
        std::size_t done = 0;
        while (done < content.size()) {
            const auto n = ::write(fd, content.data() + done, content.size() - done);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                return false;
            done += static_cast<std::size_t>(n);
        }
        return true;
    };
    // A pipe or a character device (/dev/null, /dev/stdout) is written through, never replaced by
    // a regular file; any other kind of file that is not a regular one is refused.
    struct stat st {};
    if (::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {
        HAGUE_CHECK(S_ISFIFO(st.st_mode) || S_ISCHR(st.st_mode), ErrorKind::InvalidInput,
                    "err_o_special_file",
                    "-o '{}' is neither a regular file nor a pipe or terminal; give a file name",
                    path);
        const int fd = ::open(path.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
        HAGUE_CHECK(fd >= 0, ErrorKind::Io, "err_cannot_write", "cannot write '{}': {}", path,
                    std::strerror(errno));
        const bool written = write_all(fd);
        const int err = errno;
        const bool closed = ::close(fd) == 0;
        HAGUE_CHECK(written && closed, ErrorKind::Io, "err_cannot_write", "cannot write '{}': {}",
                    path, std::strerror(written ? errno : err));
        return;
    }
    const auto dir = target.has_parent_path() ? target.parent_path() : std::filesystem::path(".");
    std::string temp = (dir / ("." + target.filename().string() + ".XXXXXX")).string();
    const int fd = ::mkstemp(temp.data());
    HAGUE_CHECK(fd >= 0, ErrorKind::Io, "err_cannot_write", "cannot write '{}': {}", path,
                std::strerror(errno));
    if (!write_all(fd)) {
        const int err = errno;
        ::close(fd);
        ::unlink(temp.c_str());
        HAGUE_THROW(ErrorKind::Io, "err_cannot_write", "cannot write '{}': {}", path,
                    std::strerror(err));
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

namespace {
/// Whether hague started with standard output closed (see guard_standard_streams).
bool stdout_was_closed = false;
} // namespace

void guard_standard_streams() {
    // A closed 0, 1 or 2 would be the number the next open() returns: the database would become
    // "standard output" and a table would be written into it. Hold each with /dev/null instead,
    // and remember that output has nowhere to go.
    for (const int fd : {0, 1, 2}) {
        if (::fcntl(fd, F_GETFD) != -1 || errno != EBADF)
            continue;
        const int held = ::open("/dev/null", fd == 0 ? O_RDONLY : O_WRONLY);
        if (held != fd && held >= 0)
            ::close(held); // only if something else took the slot first
        if (fd == 1)
            stdout_was_closed = true;
    }
}

void write_stdout(std::string_view text) {
    if (stdout_was_closed) {
        errno = EBADF;
        HAGUE_THROW(ErrorKind::Io, "err_stdout", "cannot write to standard output: {}",
                    std::string(std::strerror(errno)));
    }
    // A full disk, a closed stdout or a broken pipe is an error, not a silent success.
    if (std::fwrite(text.data(), 1, text.size(), stdout) != text.size() || std::fflush(stdout) != 0)
        HAGUE_THROW(ErrorKind::Io, "err_stdout", "cannot write to standard output: {}",
                    std::string(std::strerror(errno)));
}

} // namespace hague::cli
