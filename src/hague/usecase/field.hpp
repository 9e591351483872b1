#pragma once
/// One request field of a use case, declared once as plain data: the command line's option, the
/// API's query parameter, the help text, the default, the valid values and the OpenAPI parameter
/// are all built from it (docs/architecture.md, "Adding a use case").

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace hague::usecase {

/// What a field's text holds; each front end reads it the same way (Args).
enum class FieldType {
    Text,    ///< any text (an id, a name, a file)
    Choice,  ///< one of `choices`
    Integer, ///< a whole number in decimal digits
    Number,  ///< a finite decimal number
    List,    ///< several items: comma-separated or repeated on the command line, `~` in a query
};

/// Which front ends take a field (or a use case): the command line, the API (and so the
/// dashboard's data and `hague site`), or both.
enum class Fronts : unsigned { Cli = 1, Api = 2, Both = 3 };
[[nodiscard]] constexpr bool takes(Fronts set, Fronts one) {
    return (static_cast<unsigned>(set) & static_cast<unsigned>(one)) != 0;
}

/// How the command line spells a field.
enum class CliForm {
    Option,     ///< --name VALUE (underscores become dashes: min_change is --min-change)
    Positional, ///< a positional argument, in declaration order
    Required,   ///< a positional argument that must be given
};

/// How a List field is written on the command line.
enum class ListForm {
    Comma,  ///< one option, items separated by commas: --allies DEU,POL
    Repeat, ///< the option repeated: --indicator a --indicator b
};

/// A request field, as plain data (static storage: every view points into literals).
struct Field {
    std::string_view name;    ///< as the API and the library spell it: "min_change"
    FieldType type;           ///< how its text is read
    std::string_view metavar; ///< the value's name in --help: "YEAR"
    std::string_view help;    ///< one line of English for --help, the man page and OpenAPI
    /// The value when the field is not given, as its text ("USD", "2dp"); empty: no value, and
    /// the help says what absence means (the newest edition, the edition's last year).
    std::string_view fallback = {};
    std::vector<std::string_view> choices = {}; ///< the valid values of a Choice field
    Fronts fronts = Fronts::Both;
    CliForm cli = CliForm::Option;
    ListForm list = ListForm::Comma;
    std::size_t arity = 1; ///< values the option takes at once (path --check OLD NEW: 2)
    /// The range of an Integer field (every one is a count, a year or a seed: none is negative).
    std::uint64_t min = 0;
    std::uint64_t max = 2147483647;

    /// The command line's spelling: "--min-change", or the name of a positional argument.
    [[nodiscard]] std::string flag() const;
};

} // namespace hague::usecase
