#include "hague/usecase/usecase.hpp"

namespace hague::usecase {

std::string Field::flag() const {
    if (cli != CliForm::Option)
        return std::string(name);
    std::string out = "--" + std::string(name);
    for (auto& c : out)
        if (c == '_')
            c = '-';
    return out;
}

const Field* UseCase::field(std::string_view wanted) const {
    for (const auto& f : fields)
        if (f.name == wanted)
            return &f;
    return nullptr;
}

bool UseCase::takes_field(std::string_view wanted, Fronts front) const {
    const auto* f = field(wanted);
    return f != nullptr && takes(f->fronts, front);
}

} // namespace hague::usecase
