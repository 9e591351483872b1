#include "cli/options.hpp"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "hague/app/db_path.hpp"
#include "hague/core/error.hpp"
#include "hague/usecase/common_fields.hpp"

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
            std::uint64_t value = 0; // CLI11 would read an overflow as 18446744073709551615
            const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
            if (ec != std::errc{} || end != text.data() + text.size())
                return "'" + text + "' is too large";
            return std::string();
        },
        "", "whole number");
    return v;
}

const CLI::Validator& thread_count() {
    static const CLI::Validator v(
        [](std::string& text) {
            auto copy = text;
            if (auto why = whole_number()(copy); !why.empty())
                return why;
            if (text.size() > 3 || std::stoi(text) < 1 || std::stoi(text) > 256)
                return "'" + text + "' is outside 1-256 (leave the option out for the default)";
            return std::string();
        },
        "", "1-256");
    return v;
}

void refuse_unused(const CLI::Option* option, bool applies, std::string_view command) {
    // Where the option applies is said by its help, not here: that phrase would be English in
    // every language.
    HAGUE_CHECK(applies || option->count() == 0, ErrorKind::InvalidInput, "err_option_not_used",
                "{} has no effect on 'hague {}'", option->get_name(), command);
}

void refuse_global_format(const GlobalOptions& g, std::string_view command) {
    HAGUE_CHECK(!g.format, ErrorKind::InvalidInput, "err_format_not_used",
                "--format {} has no effect on 'hague {}'", g.format.value_or(""), command);
}

void refuse_global_edition(const GlobalOptions& g, std::string_view command) {
    HAGUE_CHECK_FIELD(!g.edition, ErrorKind::InvalidInput, "edition", "err_edition_not_used",
                      "{} '{}' has no effect on 'hague {}': leave it out", g.edition.value_or(""),
                      command);
}

void add_global_options(CLI::App& app, GlobalOptions& g, GlobalSet which) {
    if (which.edition)
        app.add_option("--edition", g.edition,
                       "NATO edition id, e.g. 2026-07 (default: the newest)")
            ->type_name("ID");
    if (which.format)
        app.add_option("--format", g.format,
                       "Output format: table (default), csv or json; a chart: svg, png or csv")
            ->type_name("FORMAT");
    app.add_option("--db", g.db,
                   "Database file (default: $HAGUE_DB, else $XDG_DATA_HOME/hague/hague.db, "
                   "else ~/.local/share/hague/hague.db)")
        ->type_name("PATH");
    if (which.rounding)
        app.add_option("--rounding", g.rounding,
                       "How a share is compared with a threshold: raw, 2dp (as NATO publishes "
                       "it; the default) or 1dp")
            ->type_name("RULE");
    app.add_option("--lang", g.lang,
                   "Language of tables, charts and reports: en, nl, de, fr, es or pt (default: "
                   "from LC_ALL, LC_MESSAGES or LANG, else en)")
        ->type_name("CODE");
}

report::Format format(const GlobalOptions& g) {
    return app::parse_format_field(g.format.value_or("table"));
}

Rounding rounding(const GlobalOptions& g) {
    return app::parse_rounding_field(
        g.rounding.value_or(std::string(usecase::fields::rounding().fallback)));
}

void refuse_global_rounding(const GlobalOptions& g, std::string_view command) {
    HAGUE_CHECK(!g.rounding, ErrorKind::InvalidInput, "err_rounding_not_used",
                "--rounding {} has no effect on 'hague {}'", g.rounding.value_or(""), command);
}

i18n::Language language(const GlobalOptions& g) {
    if (g.lang)
        return app::parse_lang_field(*g.lang);
    return i18n::language_from_environment(env("LC_ALL"), env("LC_MESSAGES"), env("LANG"));
}

app::Service open_service(const GlobalOptions& g, FormatKind kind) {
    if (kind == FormatKind::Table)
        (void)format(g); // reject a bad --format before touching the database
    (void)rounding(g);
    (void)language(g);
    const auto path =
        app::resolve_db_path(g.db, {env("HAGUE_DB"), env("XDG_DATA_HOME"), env("HOME")});
    return app::Service::open(path);
}

namespace {

/// FNV-1a of the target's file name: the temporary file's name is short (so that a legal name of
/// 255 bytes stays writable) and the same for every run that writes the same target.
std::uint64_t name_hash(std::string_view name) {
    std::uint64_t h = 14695981039346656037ull;
    for (const char c : name) {
        h ^= static_cast<unsigned char>(c);
        h *= 1099511628211ull;
    }
    return h;
}

/// Removes the temporary files that killed runs left for this target in dir: ".hague-HASH-PID.tmp"
/// whose process no longer exists.
void remove_stale_temporaries(const std::filesystem::path& dir, const std::string& prefix) {
    std::error_code ec;
    for (std::filesystem::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        const auto name = it->path().filename().string();
        if (!name.starts_with(prefix) || !name.ends_with(".tmp"))
            continue;
        const auto pid_text = name.substr(prefix.size(), name.size() - prefix.size() - 4);
        char* stop = nullptr;
        const long pid = std::strtol(pid_text.c_str(), &stop, 10);
        if (pid > 0 && stop && *stop == '\0' && ::kill(static_cast<pid_t>(pid), 0) != 0 &&
            errno == ESRCH)
            ::unlink(it->path().c_str());
    }
}

} // namespace

void write_output(const std::string& path, std::string_view content) {
    if (path == "-") {
        write_stdout(content);
        return;
    }
    HAGUE_CHECK(!path.empty(), ErrorKind::InvalidInput, "err_o_needs_file_name",
                "-o needs a file name (or - for stdout)");
    // Every failure of the system is an Io error with the path and the system's reason.
    const auto fail = [&](int err) {
        HAGUE_THROW(ErrorKind::Io, "err_cannot_write", "cannot write '{}': {}", path,
                    std::strerror(err));
    };
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
    // A symbolic link is written through, to the file it names, and stays a link (the rename
    // below would otherwise replace it with a regular file); a link to nothing is refused.
    std::string where = path;
    struct stat link {};
    if (::lstat(path.c_str(), &link) == 0 && S_ISLNK(link.st_mode)) {
        char* resolved = ::realpath(path.c_str(), nullptr);
        if (resolved == nullptr)
            fail(errno);
        where = resolved;
        std::free(resolved);
    }
    struct stat st {};
    if (::stat(where.c_str(), &st) != 0) {
        if (errno != ENOENT)
            fail(errno); // too long, a directory on the way that cannot be searched, ...
    } else if (S_ISDIR(st.st_mode)) {
        HAGUE_THROW(ErrorKind::InvalidInput, "err_o_directory_give_file",
                    "-o '{}' is a directory; give a file name such as chart.svg", path);
    } else if (!S_ISREG(st.st_mode)) {
        // A pipe or a character device (/dev/null, /dev/stdout) is written through, never
        // replaced by a regular file; any other kind of file that is not a regular one is refused.
        HAGUE_CHECK(S_ISFIFO(st.st_mode) || S_ISCHR(st.st_mode), ErrorKind::InvalidInput,
                    "err_o_special_file",
                    "-o '{}' is neither a regular file nor a pipe or terminal; give a file name",
                    path);
        const int fd = ::open(where.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
        if (fd < 0)
            fail(errno);
        const bool written = write_all(fd);
        const int err = errno;
        const bool closed = ::close(fd) == 0;
        if (!written || !closed)
            fail(written ? errno : err);
        return;
    }
    // A regular file is written beside the target and renamed over it, so that a reader never
    // sees half a file. The temporary name is short (".hague-HASH-PID.tmp": a hidden file, 36
    // bytes at most, so any legal target name stays writable), and a later run writing the same
    // target removes what a killed one left.
    const std::filesystem::path target(where);
    const auto dir = target.has_parent_path() ? target.parent_path() : std::filesystem::path(".");
    const auto prefix = fmt::format(".hague-{:016x}-", name_hash(target.filename().string()));
    remove_stale_temporaries(dir, prefix);
    const std::string temp = (dir / fmt::format("{}{}.tmp", prefix, ::getpid())).string();
    // 0666 less the umask, as any new file: a chart or report is for sharing.
    const int fd =
        ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0666);
    if (fd < 0)
        fail(errno);
    const bool written = write_all(fd);
    int err = errno;
    const bool closed = ::close(fd) == 0;
    if (written && !closed)
        err = errno;
    if (!written || !closed || std::rename(temp.c_str(), where.c_str()) != 0) {
        if (written && closed)
            err = errno;
        ::unlink(temp.c_str());
        fail(err);
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

std::vector<std::string> split_list(const std::string& list) {
    std::vector<std::string> items;
    std::size_t start = 0;
    while (!list.empty() && start <= list.size()) {
        auto end = list.find(',', start);
        if (end == std::string::npos)
            end = list.size();
        items.push_back(list.substr(start, end - start));
        start = end + 1;
    }
    return items;
}

} // namespace hague::cli
