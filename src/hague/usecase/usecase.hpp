#pragma once
/// A use case, declared once: its name (the command and the endpoint), its request fields, the
/// NATO tables its figures come from, and how a request is built from its fields and answered.
/// The command line (cli/bind.cpp), the API (server/router.cpp), `hague site` and the OpenAPI
/// test are built from these declarations (registry.hpp), so they cannot disagree.

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "hague/i18n/language.hpp"
#include "hague/report/table.hpp"
#include "hague/usecase/args.hpp"
#include "hague/usecase/field.hpp"

namespace hague::app {
class Service;
}

namespace hague::usecase {

/// What a front end brings to a request besides its fields.
struct RunContext {
    report::Format format = report::Format::Table;
    i18n::Language language = i18n::Language::En;
    /// Threads of a simulation when the request names none: 0 (every core) on the command line,
    /// 1 on a server, which answers requests side by side.
    unsigned threads = 0;
    /// Whether the request may name files to read (a plan as --scenario FILE.toml, --outlook):
    /// the command line's user reads their own files; a server never reads a file it is sent.
    bool reads_files = false;
    /// The most paths a simulation may draw here (a server bounds it lower than the engine).
    std::uint64_t max_paths = 0;
    /// True stops a simulation (ErrorKind::Timeout): a server's deadline.
    std::function<bool()> cancelled;
    /// Progress of a simulation (done, total): the command line's bar on a terminal.
    std::function<void(std::uint64_t, std::uint64_t)> progress;
    /// Called by a heavy use case once its request is valid, before it computes; holds what it
    /// returns until the answer is made (a server's simulation slot). Empty: nothing to hold.
    std::function<std::shared_ptr<void>()> admit;
};

/// The work a request asks for, checked and ready: it reads the snapshots through the service
/// and returns the answer in the context's format and language.
using Job = std::function<std::string(const app::Service&)>;

struct UseCase {
    std::string_view name;    ///< the command and the endpoint: "gap", "path-check"
    std::string_view summary; ///< one line of English for --help, the man page and OpenAPI
    std::vector<Field> fields;
    /// The NATO tables the answer's figures come from ("3", "8a"), for citations.
    std::vector<std::string_view> nato_tables;
    Fronts fronts = Fronts::Both;
    /// Builds the request from the fields and checks it (InvalidInput naming the field) without
    /// touching the store; the returned job answers it.
    std::function<Job(const Args&, const RunContext&)> prepare;

    /// The field called `name`, or nullptr.
    [[nodiscard]] const Field* field(std::string_view name) const;
    /// Whether the use case has a field `name` that front end `front` takes.
    [[nodiscard]] bool takes_field(std::string_view name, Fronts front) const;
};

} // namespace hague::usecase
