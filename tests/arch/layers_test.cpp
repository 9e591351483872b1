// The layering of docs/architecture.md: a lower layer never includes a higher one.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

// Rank of each layer; a file may include layers of its own rank or lower.
// core <- engine <- store, io <- i18n, report <- app <- cli, server
const std::map<std::string, int> rank = {{"core", 0}, {"engine", 1}, {"store", 2}, {"io", 2},
                                         {"i18n", 3}, {"report", 3}, {"app", 4}};

// store and io share a rank but stay independent of each other.
bool forbidden_sideways(const std::string& from, const std::string& to) {
    return (from == "store" && to == "io") || (from == "io" && to == "store");
}

// "hague/engine/x.hpp" in an #include line gives "engine"; anything else gives "".
std::string included_layer(const std::string& line) {
    const std::string prefix = "#include \"hague/";
    if (line.rfind(prefix, 0) != 0)
        return {};
    const auto start = prefix.size();
    const auto slash = line.find('/', start);
    return slash == std::string::npos ? std::string{} : line.substr(start, slash - start);
}

std::vector<std::string> violations() {
    std::vector<std::string> found;
    for (const auto& entry :
         fs::recursive_directory_iterator(fs::path(HAGUE_SOURCE_DIR) / "src/hague")) {
        if (!entry.is_regular_file())
            continue;
        const auto layer = entry.path().parent_path().filename().string();
        const auto it = rank.find(layer);
        if (it == rank.end()) {
            found.push_back("unknown layer folder: " + entry.path().string());
            continue;
        }
        std::ifstream in(entry.path());
        std::string line;
        int number = 0;
        while (std::getline(in, line)) {
            ++number;
            const auto target = included_layer(line);
            if (target.empty())
                continue;
            const auto t = rank.find(target);
            if (t == rank.end() || t->second > it->second || forbidden_sideways(layer, target))
                found.push_back(entry.path().string() + ":" + std::to_string(number) + ": " +
                                layer + " includes " + target);
        }
    }
    return found;
}

} // namespace

TEST(architecture, no_layer_includes_a_higher_one) {
    const auto v = violations();
    std::string all;
    for (const auto& s : v)
        all += s + "\n";
    EXPECT_TRUE(v.empty()) << all;
}

// The front ends (cli/, server/) are thin: they fill requests, call the facade (app) and render;
// they may name the vocabulary (core), the language (i18n) and the formats (report), never the
// engine, the store or the file readers directly.
TEST(architecture, front_ends_call_only_the_facade) {
    const std::map<std::string, bool> allowed = {
        {"app", true}, {"core", true}, {"i18n", true}, {"report", true}};
    std::string all;
    int files = 0;
    for (const auto* front : {"cli", "server"}) {
        const auto dir = fs::path(HAGUE_SOURCE_DIR) / front;
        if (!fs::exists(dir))
            continue;
        for (const auto& entry : fs::recursive_directory_iterator(dir)) {
            if (!entry.is_regular_file())
                continue;
            ++files;
            std::ifstream in(entry.path());
            std::string line;
            int number = 0;
            while (std::getline(in, line)) {
                ++number;
                const auto target = included_layer(line);
                if (!target.empty() && !allowed.count(target))
                    all += entry.path().string() + ":" + std::to_string(number) + ": " + front +
                           " includes " + target + "\n";
                if (line.rfind("#include <sqlite3.h>", 0) == 0)
                    all += entry.path().string() + ": calls SQLite\n";
                // One renderer per format: a front end gets strings from app/render.hpp and
                // never builds every format at once (app/views.hpp) or touches the JSON library.
                if (line.rfind("#include <nlohmann", 0) == 0 ||
                    line.rfind("#include \"hague/app/views.hpp\"", 0) == 0 ||
                    line.rfind("#include \"hague/report/views.hpp\"", 0) == 0)
                    all += entry.path().string() + ": " + line + "\n";
            }
        }
    }
    EXPECT_GT(files, 0); // cli/ at least
    EXPECT_TRUE(all.empty()) << all;
}

// No SQLite above the store: only src/hague/store names sqlite3.h or the store's SQLite classes.
TEST(architecture, no_sqlite_above_the_store) {
    std::string all;
    for (const auto& entry :
         fs::recursive_directory_iterator(fs::path(HAGUE_SOURCE_DIR) / "src/hague")) {
        if (!entry.is_regular_file() || entry.path().parent_path().filename() == "store")
            continue;
        std::ifstream in(entry.path());
        std::string line;
        while (std::getline(in, line))
            if (line.rfind("#include <sqlite3.h>", 0) == 0 ||
                line.rfind("#include \"hague/store/sqlite", 0) == 0)
                all += entry.path().string() + ": " + line + "\n";
    }
    EXPECT_TRUE(all.empty()) << all;
}

TEST(architecture, the_engine_and_core_do_no_io) {
    const std::vector<std::string> io_headers = {"<fstream>",    "<iostream>",  "<cstdio>",
                                                 "<filesystem>", "<sqlite3.h>", "<chrono>",
                                                 "<random>"};
    std::string all;
    for (const auto* layer : {"core", "engine"}) {
        for (const auto& entry :
             fs::directory_iterator(fs::path(HAGUE_SOURCE_DIR) / "src/hague" / layer)) {
            std::ifstream in(entry.path());
            std::string line;
            while (std::getline(in, line))
                for (const auto& h : io_headers)
                    if (line.rfind("#include " + h, 0) == 0)
                        all += entry.path().string() + ": " + line + "\n";
        }
    }
    EXPECT_TRUE(all.empty()) << all;
}
