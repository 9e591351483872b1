#include "hague/core/error.hpp"

namespace hague {

std::string_view to_string(ErrorKind kind) {
    switch (kind) {
    case ErrorKind::InvalidInput: return "invalid_input";
    case ErrorKind::NotFound: return "not_found";
    case ErrorKind::DataIntegrity: return "data_integrity";
    case ErrorKind::Io: return "io";
    case ErrorKind::Database: return "database";
    case ErrorKind::Unsupported: return "unsupported";
    case ErrorKind::Internal: return "internal";
    case ErrorKind::Timeout: return "timeout";
    }
    return "internal";
}

Error::Error(ErrorKind kind, const std::string& message)
    : std::runtime_error(message), kind_(kind) {}

Error::Error(ErrorKind kind, const std::string& message, std::string key,
             std::vector<std::string> args, std::string field)
    : std::runtime_error(message), kind_(kind), key_(std::move(key)), args_(std::move(args)),
      field_(std::move(field)) {}

} // namespace hague
