#pragma once
/// Philox4x32-10 (Salmon et al., "Parallel random numbers: as easy as 1, 2, 3", SC 2011), the
/// counter-based generator of Random123, for a batch of counters at once. Every draw has an
/// address (key, counter), so results never depend on how paths are split across threads.

#include <array>
#include <cstddef>
#include <cstdint>

namespace hague::engine {

/// Lanes processed together: 8 x 32 bits fills one AVX2 register.
inline constexpr std::size_t philox_lanes = 8;

/// Four output words for each of philox_lanes counters, word-major: out[w][lane].
using PhiloxBlock = std::array<std::array<std::uint32_t, philox_lanes>, 4>;

/// Philox4x32-10 of counters (c0 + lane, c1, c2, c3) under key (k0, k1), for every lane.
/// Bit-identical to r123::Philox4x32 (tests/engine/philox_test.cpp checks it).
void philox4x32_batch(std::uint32_t c0, std::uint32_t c1, std::uint32_t c2, std::uint32_t c3,
                      std::uint32_t k0, std::uint32_t k1, PhiloxBlock& out);

} // namespace hague::engine
