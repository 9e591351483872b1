#pragma once
/// Errors: one exception type with a kind; front ends map each kind in one table.

#include <array>
#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>

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
};

/// Number of ErrorKind values; front ends static_assert that their tables cover them all.
inline constexpr std::size_t error_kind_count = 7;

/// Every ErrorKind, in declaration order.
inline constexpr std::array<ErrorKind, error_kind_count> all_error_kinds = {
    ErrorKind::InvalidInput, ErrorKind::NotFound,    ErrorKind::DataIntegrity, ErrorKind::Io,
    ErrorKind::Database,     ErrorKind::Unsupported, ErrorKind::Internal};

/// Stable snake_case name of a kind, used as the JSON error `code`.
[[nodiscard]] std::string_view to_string(ErrorKind kind);

/// The one exception hague throws; the message is one line that quotes the offending value.
class Error : public std::runtime_error {
  public:
    Error(ErrorKind kind, const std::string& message);
    [[nodiscard]] ErrorKind kind() const noexcept { return kind_; }

  private:
    ErrorKind kind_;
};

} // namespace hague

/// Throws hague::Error(kind, fmt::format(...)) unless cond holds.
#define HAGUE_REQUIRE(cond, kind, ...)                                                             \
    do {                                                                                           \
        if (!(cond))                                                                               \
            throw ::hague::Error((kind), ::fmt::format(__VA_ARGS__));                              \
    } while (false)

/// Throws hague::Error(kind, fmt::format(...)).
#define HAGUE_FAIL(kind, ...) throw ::hague::Error((kind), ::fmt::format(__VA_ARGS__))
