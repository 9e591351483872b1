#pragma once
/// Errors: one exception type with a kind; front ends map each kind in one table.

#include <array>
#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <fmt/format.h>

namespace hague {

/// What went wrong, as a front end needs to know it (exit code, HTTP status).
enum class ErrorKind {
    InvalidInput,  ///< the user's input is malformed or out of range
    NotFound,      ///< the input names something that does not exist (ally, edition, indicator)
    DataIntegrity, ///< data files or the database contradict themselves
    Io,            ///< a file or directory cannot be read or written
    Database,      ///< SQLite failed, or the database is corrupt or from a newer version
    Unsupported,   ///< valid, but not something hague does
    Internal,      ///< a bug in hague
    Timeout,       ///< the work ran past the deadline its caller set (a server's per request)
};

/// Number of ErrorKind values; front ends static_assert that their tables cover them all.
inline constexpr std::size_t error_kind_count = 8;

/// Every ErrorKind, in declaration order.
inline constexpr std::array<ErrorKind, error_kind_count> all_error_kinds = {
    ErrorKind::InvalidInput, ErrorKind::NotFound,    ErrorKind::DataIntegrity, ErrorKind::Io,
    ErrorKind::Database,     ErrorKind::Unsupported, ErrorKind::Internal,      ErrorKind::Timeout};

/// Stable snake_case name of a kind, used as the JSON error `code`.
[[nodiscard]] std::string_view to_string(ErrorKind kind);

/// The one exception hague throws; the message is one line that quotes the offending value.
/// An error a person may meet also carries a message key and its arguments, so a front end can
/// say it in the reader's language (data/i18n, keys err_*); what() is always English.
class Error : public std::runtime_error {
  public:
    Error(ErrorKind kind, const std::string& message);
    Error(ErrorKind kind, const std::string& message, std::string key,
          std::vector<std::string> args, std::string field = {});
    [[nodiscard]] ErrorKind kind() const noexcept { return kind_; }
    /// The catalog key of the message ("err_unknown_ally"), or "" for an untranslated one.
    [[nodiscard]] const std::string& key() const noexcept { return key_; }
    /// The message's arguments as text, in order ({0}, {1}, ...).
    [[nodiscard]] const std::vector<std::string>& args() const noexcept { return args_; }
    /// The request field the error is about ("year", "paths", "min_change"), or "". When set,
    /// args()[0] is the field's name, which each front end replaces by its own spelling of it
    /// (`--year` on the command line, `year` in a query string): the library names fields,
    /// never flags.
    [[nodiscard]] const std::string& field() const noexcept { return field_; }

  private:
    ErrorKind kind_;
    std::string key_;
    std::vector<std::string> args_;
    std::string field_;
};

namespace detail {
/// An Error whose English text is fmt::format(english, args...) and whose catalog message is
/// `key` with the same arguments as text.
template <typename... A>
[[nodiscard]] Error keyed_error(ErrorKind kind, std::string key,
                                fmt::format_string<const A&...> english, const A&... args) {
    return Error(kind, fmt::format(english, args...), std::move(key),
                 std::vector<std::string>{fmt::format("{}", args)...});
}
/// An Error about the request field `field`: its English text is fmt::format(english, field,
/// args...) (the field's name first, as the library names it) and its catalog message is `key`
/// with the field as {0} and the other arguments after it.
template <typename... A>
[[nodiscard]] Error field_error(ErrorKind kind, std::string_view field, std::string key,
                                fmt::format_string<const std::string_view&, const A&...> english,
                                const A&... args) {
    const std::string_view& name = field;
    return Error(kind, fmt::format(english, name, args...), std::move(key),
                 std::vector<std::string>{std::string(field), fmt::format("{}", args)...},
                 std::string(field));
}
} // namespace detail

} // namespace hague

/// Throws hague::Error(kind, fmt::format(...)) unless cond holds.
#define HAGUE_REQUIRE(cond, kind, ...)                                                             \
    do {                                                                                           \
        if (!(cond))                                                                               \
            throw ::hague::Error((kind), ::fmt::format(__VA_ARGS__));                              \
    } while (false)

/// Throws hague::Error(kind, fmt::format(...)).
#define HAGUE_FAIL(kind, ...) throw ::hague::Error((kind), ::fmt::format(__VA_ARGS__))

/// Like HAGUE_REQUIRE for a message people read: `key` names its translations (err_* in
/// data/i18n, where {0}, {1}, ... stand for the {} of the English format, in order).
#define HAGUE_CHECK(cond, kind, key, ...)                                                          \
    do {                                                                                           \
        if (!(cond))                                                                               \
            throw ::hague::detail::keyed_error((kind), (key), __VA_ARGS__);                        \
    } while (false)

/// Like HAGUE_CHECK for a message about one request field (see Error::field): the English format's
/// first {} is the field, then the arguments.
#define HAGUE_CHECK_FIELD(cond, kind, field, key, ...)                                             \
    do {                                                                                           \
        if (!(cond))                                                                               \
            throw ::hague::detail::field_error((kind), (field), (key), __VA_ARGS__);               \
    } while (false)

/// Like HAGUE_FAIL, with a message key (see HAGUE_CHECK).
#define HAGUE_THROW(kind, key, ...) throw ::hague::detail::keyed_error((kind), (key), __VA_ARGS__)
