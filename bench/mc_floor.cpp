// The RNG floor of `hague simulate`: generates the same count of standard normals with the same
// generator (Philox4x32-10 + Box-Muller) and threads, and nothing else.
// Usage: hague_mc_floor PATHS YEARS STREAMS THREADS  -> prints seconds and the normals' mean
#include <chrono>
#include <cstdio>
#include <cstdlib>

#include "hague/engine/monte_carlo.hpp"

int main(int argc, char** argv) {
    if (argc != 5) {
        std::fprintf(stderr, "usage: hague_mc_floor PATHS YEARS STREAMS THREADS\n");
        return 2;
    }
    const auto paths = std::strtoull(argv[1], nullptr, 10);
    const int years = std::atoi(argv[2]);
    const auto streams = std::strtoull(argv[3], nullptr, 10);
    const auto threads = static_cast<unsigned>(std::atoi(argv[4]));
    const auto start = std::chrono::steady_clock::now();
    const double sum = hague::engine::generate_normals(paths, years, streams, 20250625, threads);
    const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
    const double count = static_cast<double>(paths) * years * static_cast<double>(streams);
    std::printf("%.6f %.3e\n", took.count(), sum / count);
    return 0;
}
