// libFuzzer target: any bytes as a database file. The store opens it (and migrates it when it is
// an older hague database), then reads everything a command reads and runs `db check`'s SQL; every
// input ends in data or in a hague::Error (a file that is not a hague database, a damaged value
// named), never a crash, a leak, undefined behaviour or a hang. Seeds: fuzz/corpus/database
// (a schema-3 database, and the same migrated with a small edition).
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>

#include <unistd.h>

#include "hague/core/error.hpp"
#include "hague/store/sqlite_store.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const std::string path = "/tmp/hague-fuzz-" + std::to_string(::getpid()) + ".db";
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        std::remove((path + suffix).c_str());
    if (std::FILE* f = std::fopen(path.c_str(), "wb")) {
        std::fwrite(data, 1, size, f);
        std::fclose(f);
    }
    try {
        const auto store = hague::store::SqliteStore::open(path);
        const auto reference = store->reference();
        for (const auto& e : reference.editions)
            (void)store->observations(e.id);
        (void)store->check();
        (void)store->info();
    } catch (const hague::Error&) {
    }
    return 0;
}
