#pragma once
/// Branch-free single-precision log, exp and sin/cos for the Monte Carlo inner loops, written so
/// that the compiler vectorizes them (8 lanes with AVX2). Polynomials from Cephes (S. Moshier);
/// relative error about 1e-7 over the ranges used (tests/engine/fast_math_test.cpp measures it).

#include <bit>
#include <cmath>
#include <cstdint>

namespace hague::engine::fast {

/// Natural logarithm of a positive, normal x.
[[gnu::always_inline]] inline float log(float x) {
    const auto bits = std::bit_cast<std::uint32_t>(x);
    float e = static_cast<float>(static_cast<int>((bits >> 23) & 0xffu) - 127);
    float m = std::bit_cast<float>((bits & 0x007fffffu) | 0x3f800000u); // mantissa in [1, 2)
    const bool big = m > 1.41421356f;                                   // to [sqrt(.5), sqrt(2))
    m = big ? m * 0.5f : m;
    e = big ? e + 1.0f : e;
    const float f = m - 1.0f;
    const float z = f * f;
    float y = 7.0376836292e-2f;
    y = y * f - 1.1514610310e-1f;
    y = y * f + 1.1676998740e-1f;
    y = y * f - 1.2420140846e-1f;
    y = y * f + 1.4249322787e-1f;
    y = y * f - 1.6668057665e-1f;
    y = y * f + 2.0000714765e-1f;
    y = y * f - 2.4999993993e-1f;
    y = y * f + 3.3333331174e-1f;
    y = y * f * z;
    y += e * -2.12194440e-4f;
    y += -0.5f * z;
    return f + y + e * 0.693359375f;
}

/// e^x for |x| < 80.
[[gnu::always_inline]] inline float exp(float x) {
    // n = x / ln 2 rounded to nearest: adding and subtracting 1.5 x 2^23 rounds a float of
    // magnitude below 2^22 to an integer (round to nearest even), two instructions where a
    // compare, a blend and two conversions were five.
    constexpr float round_magic = 12582912.0f; // 1.5 x 2^23
    const float n = (x * 1.44269504088896341f + round_magic) - round_magic;
    float r = x - n * 0.693359375f;
    r = r - n * -2.12194440e-4f;
    float y = 1.9875691500e-4f;
    y = y * r + 1.3981999507e-3f;
    y = y * r + 8.3334519073e-3f;
    y = y * r + 4.1665795894e-2f;
    y = y * r + 1.6666665459e-1f;
    y = y * r + 5.0000001201e-1f;
    y = y * r * r + r + 1.0f;
    const auto scale =
        std::bit_cast<float>(static_cast<std::uint32_t>(static_cast<int>(n) + 127) << 23);
    return y * scale;
}

/// sin and cos of 2 pi u for u in [0, 1].
[[gnu::always_inline]] inline void sincos_2pi(float u, float& s, float& c) {
    const float q = static_cast<float>(static_cast<int>(u * 4.0f + 0.5f)); // quadrant 0..4
    const float x = (u - q * 0.25f) * 6.28318530717958648f;                // in [-pi/4, pi/4]
    const float z = x * x;
    const float sx =
        x + x * z * (-1.6666654611e-1f + z * (8.3321608736e-3f + z * -1.9515295891e-4f));
    const float cx =
        1.0f - 0.5f * z +
        z * z * (4.166664568298827e-2f + z * (-1.388731625493765e-3f + z * 2.443315711809948e-5f));
    const int k = static_cast<int>(q) & 3;
    // sin(x + k pi/2), cos(x + k pi/2)
    s = k == 0 ? sx : k == 1 ? cx : k == 2 ? -sx : -cx;
    c = k == 0 ? cx : k == 1 ? -sx : k == 2 ? -cx : sx;
}

/// Two standard normals from two 32-bit uniforms (Box-Muller): r = sqrt(-2 ln u1), theta = 2 pi u2,
/// with u1 = (a / 2^8 + 0.5) / 2^24 in (0, 1), so |z| < 5.9.
[[gnu::always_inline]] inline void box_muller(std::uint32_t a, std::uint32_t b, float& z0,
                                              float& z1) {
    const float u1 = (static_cast<float>(a >> 8) + 0.5f) * 5.9604644775390625e-8f; // 2^-24
    const float u2 = static_cast<float>(b >> 8) * 5.9604644775390625e-8f;
    const float r = -2.0f * fast::log(u1);
    const float root = std::sqrt(r > 0 ? r : 0.0f); // vsqrtps with -fno-math-errno
    float s, c;
    sincos_2pi(u2, s, c);
    z0 = root * c;
    z1 = root * s;
}

} // namespace hague::engine::fast
