#include "hague/usecase/registry.hpp"

#include <array>

namespace hague::usecase {

// Each use case's declaration, in its folder (usecase/<name>/<name>.cpp).
const UseCase& status_use_case();
const UseCase& show_use_case();
const UseCase& allies_use_case();
const UseCase& editions_use_case();
const UseCase& gap_use_case();
const UseCase& path_use_case();
const UseCase& path_check_use_case();
const UseCase& share_use_case();
const UseCase& diff_use_case();
const UseCase& facts_use_case();
const UseCase& compare_use_case();
const UseCase& project_use_case();
const UseCase& simulate_use_case();

std::span<const UseCase* const> all() {
    static const std::array<const UseCase*, 13> list = {
        &status_use_case(),  &show_use_case(),  &allies_use_case(),     &editions_use_case(),
        &gap_use_case(),     &path_use_case(),  &path_check_use_case(), &share_use_case(),
        &diff_use_case(),    &facts_use_case(), &compare_use_case(),    &project_use_case(),
        &simulate_use_case()};
    return list;
}

const UseCase* find(std::string_view name) {
    for (const auto* u : all())
        if (u->name == name)
            return u;
    return nullptr;
}

} // namespace hague::usecase
