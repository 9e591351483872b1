#include "hague/engine/philox.hpp"

namespace hague::engine {

namespace {
// Constants of Philox4x32 (Random123, philox.h).
constexpr std::uint32_t m0 = 0xD2511F53u;
constexpr std::uint32_t m1 = 0xCD9E8D57u;
constexpr std::uint32_t w0 = 0x9E3779B9u; // golden ratio
constexpr std::uint32_t w1 = 0xBB67AE85u; // sqrt(3) - 1
constexpr int rounds = 10;
} // namespace

void philox4x32_batch(std::uint32_t c0, std::uint32_t c1, std::uint32_t c2, std::uint32_t c3,
                      std::uint32_t k0, std::uint32_t k1, PhiloxBlock& out) {
    alignas(32) std::uint32_t x0[philox_lanes], x1[philox_lanes], x2[philox_lanes],
        x3[philox_lanes];
    for (std::size_t l = 0; l < philox_lanes; ++l) {
        x0[l] = c0 + static_cast<std::uint32_t>(l);
        x1[l] = c1;
        x2[l] = c2;
        x3[l] = c3;
    }
    std::uint32_t key0 = k0, key1 = k1;
    for (int r = 0; r < rounds; ++r) {
        // One round: two 32x32->64 multiplies per counter; written lane by lane so that the
        // compiler turns it into vpmuludq on 8 lanes.
        for (std::size_t l = 0; l < philox_lanes; ++l) {
            const std::uint64_t p0 = std::uint64_t{m0} * x0[l];
            const std::uint64_t p1 = std::uint64_t{m1} * x2[l];
            const auto hi0 = static_cast<std::uint32_t>(p0 >> 32);
            const auto lo0 = static_cast<std::uint32_t>(p0);
            const auto hi1 = static_cast<std::uint32_t>(p1 >> 32);
            const auto lo1 = static_cast<std::uint32_t>(p1);
            const std::uint32_t n0 = hi1 ^ x1[l] ^ key0;
            const std::uint32_t n2 = hi0 ^ x3[l] ^ key1;
            x0[l] = n0;
            x1[l] = lo1;
            x2[l] = n2;
            x3[l] = lo0;
        }
        key0 += w0;
        key1 += w1;
    }
    for (std::size_t l = 0; l < philox_lanes; ++l) {
        out[0][l] = x0[l];
        out[1][l] = x1[l];
        out[2][l] = x2[l];
        out[3][l] = x3[l];
    }
}

} // namespace hague::engine
