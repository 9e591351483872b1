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

/// Two independent batches at once (counters (c0 + lane, c1, c2a, c3) under key (k0, k1a), and
/// (c0 + lane, c1, c2b, c3) under (k0, k1b)): the same words as two philox4x32_batch calls, with
/// the two dependency chains interleaved to hide multiply latency.
void philox4x32_batch2(std::uint32_t c0, std::uint32_t c1, std::uint32_t c2a, std::uint32_t c2b,
                       std::uint32_t c3, std::uint32_t k0, std::uint32_t k1a, std::uint32_t k1b,
                       PhiloxBlock& out_a, PhiloxBlock& out_b);

/// The same two functions written with AVX2 intrinsics: bit-identical words, faster. Call them
/// only when the CPU has AVX2 (cpu_has_avx2); the plain ones above run on any x86-64.
void philox4x32_batch_avx2(std::uint32_t c0, std::uint32_t c1, std::uint32_t c2, std::uint32_t c3,
                           std::uint32_t k0, std::uint32_t k1, PhiloxBlock& out);
void philox4x32_batch2_avx2(std::uint32_t c0, std::uint32_t c1, std::uint32_t c2a,
                            std::uint32_t c2b, std::uint32_t c3, std::uint32_t k0,
                            std::uint32_t k1a, std::uint32_t k1b, PhiloxBlock& out_a,
                            PhiloxBlock& out_b);

/// philox4x32_batch2 with AVX-512: the two batches side by side in one 16-lane register.
/// Bit-identical words; call it only when cpu_has_avx512().
void philox4x32_batch2_avx512(std::uint32_t c0, std::uint32_t c1, std::uint32_t c2a,
                              std::uint32_t c2b, std::uint32_t c3, std::uint32_t k0,
                              std::uint32_t k1a, std::uint32_t k1b, PhiloxBlock& out_a,
                              PhiloxBlock& out_b);

/// True when the CPU running this process has AVX2 (checked once).
[[nodiscard]] bool cpu_has_avx2() noexcept;

/// True when the CPU (and the operating system) has AVX-512 F, VL, DQ and BW (checked once).
[[nodiscard]] bool cpu_has_avx512() noexcept;

} // namespace hague::engine
