#include "hague/engine/philox.hpp"

#include <immintrin.h>

namespace hague::engine {

namespace {
// Constants of Philox4x32 (Random123, philox.h).
constexpr std::uint32_t m0 = 0xD2511F53u;
constexpr std::uint32_t m1 = 0xCD9E8D57u;
constexpr std::uint32_t w0 = 0x9E3779B9u; // golden ratio
constexpr std::uint32_t w1 = 0xBB67AE85u; // sqrt(3) - 1
constexpr int rounds = 10;
} // namespace

// The AVX2 kernels carry the target attribute (the rest of the binary stays plain x86-64): the
// Monte Carlo calls them only when the CPU has AVX2 (monte_carlo.cpp, Kernel).

namespace {
/// hi and lo halves of the 32x32->64 products x[l] * m for the 8 lanes.
__attribute__((target("avx2"))) inline void mulhilo8(__m256i x, __m256i m, __m256i& hi,
                                                     __m256i& lo) {
    const __m256i even = _mm256_mul_epu32(x, m);                       // lanes 0, 2, 4, 6
    const __m256i odd = _mm256_mul_epu32(_mm256_srli_epi64(x, 32), m); // lanes 1, 3, 5, 7
    lo = _mm256_blend_epi32(even, _mm256_slli_epi64(odd, 32), 0b10101010);
    hi = _mm256_blend_epi32(_mm256_srli_epi64(even, 32), odd, 0b10101010);
}
} // namespace

__attribute__((target("avx2"))) void philox4x32_batch_avx2(std::uint32_t c0, std::uint32_t c1,
                                                           std::uint32_t c2, std::uint32_t c3,
                                                           std::uint32_t k0, std::uint32_t k1,
                                                           PhiloxBlock& out) {
    const __m256i lane = _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7);
    __m256i x0 = _mm256_add_epi32(_mm256_set1_epi32(static_cast<int>(c0)), lane);
    __m256i x1 = _mm256_set1_epi32(static_cast<int>(c1));
    __m256i x2 = _mm256_set1_epi32(static_cast<int>(c2));
    __m256i x3 = _mm256_set1_epi32(static_cast<int>(c3));
    const __m256i mul0 = _mm256_set1_epi64x(m0);
    const __m256i mul1 = _mm256_set1_epi64x(m1);
    std::uint32_t key0 = k0, key1 = k1;
    for (int r = 0; r < rounds; ++r) {
        __m256i hi0, lo0, hi1, lo1;
        mulhilo8(x0, mul0, hi0, lo0);
        mulhilo8(x2, mul1, hi1, lo1);
        const __m256i n0 =
            _mm256_xor_si256(_mm256_xor_si256(hi1, x1), _mm256_set1_epi32(static_cast<int>(key0)));
        const __m256i n2 =
            _mm256_xor_si256(_mm256_xor_si256(hi0, x3), _mm256_set1_epi32(static_cast<int>(key1)));
        x0 = n0;
        x1 = lo1;
        x2 = n2;
        x3 = lo0;
        key0 += w0;
        key1 += w1;
    }
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(out[0].data()), x0);
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(out[1].data()), x1);
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(out[2].data()), x2);
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(out[3].data()), x3);
}

__attribute__((target("avx2"))) void
philox4x32_batch2_avx2(std::uint32_t c0, std::uint32_t c1, std::uint32_t c2a, std::uint32_t c2b,
                       std::uint32_t c3, std::uint32_t k0, std::uint32_t k1a, std::uint32_t k1b,
                       PhiloxBlock& out_a, PhiloxBlock& out_b) {
    const __m256i lane = _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7);
    const __m256i start = _mm256_add_epi32(_mm256_set1_epi32(static_cast<int>(c0)), lane);
    __m256i a0 = start, b0 = start;
    __m256i a1 = _mm256_set1_epi32(static_cast<int>(c1)), b1 = a1;
    __m256i a2 = _mm256_set1_epi32(static_cast<int>(c2a));
    __m256i b2 = _mm256_set1_epi32(static_cast<int>(c2b));
    __m256i a3 = _mm256_set1_epi32(static_cast<int>(c3)), b3 = a3;
    const __m256i mul0 = _mm256_set1_epi64x(m0);
    const __m256i mul1 = _mm256_set1_epi64x(m1);
    std::uint32_t key0 = k0, ka = k1a, kb = k1b;
    for (int r = 0; r < rounds; ++r) {
        __m256i ahi0, alo0, ahi1, alo1, bhi0, blo0, bhi1, blo1;
        mulhilo8(a0, mul0, ahi0, alo0);
        mulhilo8(b0, mul0, bhi0, blo0);
        mulhilo8(a2, mul1, ahi1, alo1);
        mulhilo8(b2, mul1, bhi1, blo1);
        const __m256i key0v = _mm256_set1_epi32(static_cast<int>(key0));
        a0 = _mm256_xor_si256(_mm256_xor_si256(ahi1, a1), key0v);
        b0 = _mm256_xor_si256(_mm256_xor_si256(bhi1, b1), key0v);
        a2 = _mm256_xor_si256(_mm256_xor_si256(ahi0, a3), _mm256_set1_epi32(static_cast<int>(ka)));
        b2 = _mm256_xor_si256(_mm256_xor_si256(bhi0, b3), _mm256_set1_epi32(static_cast<int>(kb)));
        a1 = alo1;
        b1 = blo1;
        a3 = alo0;
        b3 = blo0;
        key0 += w0;
        ka += w1;
        kb += w1;
    }
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(out_a[0].data()), a0);
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(out_a[1].data()), a1);
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(out_a[2].data()), a2);
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(out_a[3].data()), a3);
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(out_b[0].data()), b0);
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(out_b[1].data()), b1);
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(out_b[2].data()), b2);
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(out_b[3].data()), b3);
}

#define HAGUE_AVX512 __attribute__((target("avx2,avx512f,avx512vl,avx512dq,avx512bw")))

// GCC 12's own avx512fintrin.h trips -Wuninitialized and, at -O2, -Wmaybe-uninitialized (its
// _mm512_undefined_* idiom `__Y = __Y`).
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wuninitialized"
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"

namespace {
/// hi and lo halves of the 32x32->64 products x[l] * m for the 16 lanes.
HAGUE_AVX512 inline void mulhilo16(__m512i x, __m512i m, __m512i& hi, __m512i& lo) {
    const __m512i even = _mm512_mul_epu32(x, m);                       // lanes 0, 2, .., 14
    const __m512i odd = _mm512_mul_epu32(_mm512_srli_epi64(x, 32), m); // lanes 1, 3, .., 15
    lo = _mm512_mask_blend_epi32(0xAAAA, even, _mm512_slli_epi64(odd, 32));
    hi = _mm512_mask_blend_epi32(0xAAAA, _mm512_srli_epi64(even, 32), odd);
}
/// 8 lanes of a, then 8 of b.
HAGUE_AVX512 inline __m512i halves(std::uint32_t a, std::uint32_t b) {
    return _mm512_inserti64x4(_mm512_set1_epi32(static_cast<int>(a)),
                              _mm256_set1_epi32(static_cast<int>(b)), 1);
}
} // namespace

HAGUE_AVX512 void philox4x32_batch2_avx512(std::uint32_t c0, std::uint32_t c1, std::uint32_t c2a,
                                           std::uint32_t c2b, std::uint32_t c3, std::uint32_t k0,
                                           std::uint32_t k1a, std::uint32_t k1b, PhiloxBlock& out_a,
                                           PhiloxBlock& out_b) {
    const __m512i lane =
        _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 0, 1, 2, 3, 4, 5, 6, 7); // a's, then b's
    __m512i x0 = _mm512_add_epi32(_mm512_set1_epi32(static_cast<int>(c0)), lane);
    __m512i x1 = _mm512_set1_epi32(static_cast<int>(c1));
    __m512i x2 = halves(c2a, c2b);
    __m512i x3 = _mm512_set1_epi32(static_cast<int>(c3));
    const __m512i mul0 = _mm512_set1_epi64(m0);
    const __m512i mul1 = _mm512_set1_epi64(m1);
    __m512i key0 = _mm512_set1_epi32(static_cast<int>(k0));
    __m512i key1 = halves(k1a, k1b);
    const __m512i step0 = _mm512_set1_epi32(static_cast<int>(w0));
    const __m512i step1 = _mm512_set1_epi32(static_cast<int>(w1));
    for (int r = 0; r < rounds; ++r) {
        __m512i hi0, lo0, hi1, lo1;
        mulhilo16(x0, mul0, hi0, lo0);
        mulhilo16(x2, mul1, hi1, lo1);
        x0 = _mm512_xor_si512(_mm512_xor_si512(hi1, x1), key0);
        x2 = _mm512_xor_si512(_mm512_xor_si512(hi0, x3), key1);
        x1 = lo1;
        x3 = lo0;
        key0 = _mm512_add_epi32(key0, step0); // wraps modulo 2^32, as the scalar keys do
        key1 = _mm512_add_epi32(key1, step1);
    }
    const __m512i words[4] = {x0, x1, x2, x3};
    for (std::size_t w = 0; w < 4; ++w) {
        _mm256_storeu_si256(reinterpret_cast<__m256i*>(out_a[w].data()),
                            _mm512_castsi512_si256(words[w]));
        _mm256_storeu_si256(reinterpret_cast<__m256i*>(out_b[w].data()),
                            _mm512_extracti64x4_epi64(words[w], 1));
    }
}

#pragma GCC diagnostic pop

void philox4x32_batch2(std::uint32_t c0, std::uint32_t c1, std::uint32_t c2a, std::uint32_t c2b,
                       std::uint32_t c3, std::uint32_t k0, std::uint32_t k1a, std::uint32_t k1b,
                       PhiloxBlock& out_a, PhiloxBlock& out_b) {
    philox4x32_batch(c0, c1, c2a, c3, k0, k1a, out_a);
    philox4x32_batch(c0, c1, c2b, c3, k0, k1b, out_b);
}

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

bool cpu_has_avx2() noexcept {
    static const bool has = [] {
        __builtin_cpu_init();
        return __builtin_cpu_supports("avx2") != 0;
    }();
    return has;
}

bool cpu_has_avx512() noexcept {
    // __builtin_cpu_supports also asks the OS (XGETBV) whether it saves the AVX-512 registers.
    static const bool has = [] {
        __builtin_cpu_init();
        return __builtin_cpu_supports("avx512f") != 0 && __builtin_cpu_supports("avx512vl") != 0 &&
               __builtin_cpu_supports("avx512dq") != 0 && __builtin_cpu_supports("avx512bw") != 0;
    }();
    return has;
}

} // namespace hague::engine
