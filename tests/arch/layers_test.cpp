// The layering of docs/architecture.md: a lower layer never includes a higher one.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

// Rank of each layer; a file may include layers of its own rank or lower.
// core <- engine <- store, io <- i18n, report <- app <- usecase <- cli, server
const std::map<std::string, int> rank = {{"core", 0}, {"engine", 1}, {"store", 2}, {"io", 2},
                                         {"i18n", 3}, {"report", 3}, {"app", 4},   {"usecase", 5}};

// The layer of a file under src/hague: the first folder below it (a use case's folder,
// usecase/gap/, belongs to the usecase layer).
std::string layer_of(const fs::path& file) {
    const auto relative = fs::relative(file, fs::path(HAGUE_SOURCE_DIR) / "src/hague");
    return relative.begin()->string();
}

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

/// Calls f(file, line number, line) for every line of every file under dir.
void for_each_line(const fs::path& dir,
                   const std::function<void(const fs::path&, int, const std::string&)>& f) {
    for (const auto& entry : fs::recursive_directory_iterator(dir)) {
        if (!entry.is_regular_file())
            continue;
        std::ifstream in(entry.path());
        std::string line;
        int number = 0;
        while (std::getline(in, line))
            f(entry.path(), ++number, line);
    }
}

std::vector<std::string> violations() {
    std::vector<std::string> found;
    std::set<std::string> unknown;
    for_each_line(fs::path(HAGUE_SOURCE_DIR) / "src/hague", [&](const fs::path& file, int number,
                                                                const std::string& line) {
        const auto layer = layer_of(file);
        const auto it = rank.find(layer);
        if (it == rank.end()) {
            if (unknown.insert(file.string()).second)
                found.push_back("unknown layer folder: " + file.string());
            return;
        }
        const auto target = included_layer(line);
        if (target.empty())
            return;
        const auto t = rank.find(target);
        if (t == rank.end() || t->second > it->second || forbidden_sideways(layer, target))
            found.push_back(file.string() + ":" + std::to_string(number) + ": " + layer +
                            " includes " + target);
    });
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
        {"usecase", true}, {"app", true}, {"core", true}, {"i18n", true}, {"report", true}};
    std::string all;
    std::set<std::string> files;
    for (const auto* front : {"cli", "server"}) {
        const auto dir = fs::path(HAGUE_SOURCE_DIR) / front;
        if (!fs::exists(dir))
            continue;
        for_each_line(dir, [&](const fs::path& file, int number, const std::string& line) {
            files.insert(file.string());
            const auto target = included_layer(line);
            if (!target.empty() && !allowed.count(target))
                all += file.string() + ":" + std::to_string(number) + ": " + front + " includes " +
                       target + "\n";
            if (line.rfind("#include <sqlite3.h>", 0) == 0)
                all += file.string() + ": calls SQLite\n";
            // One renderer per format: a front end gets strings from app/render.hpp and never
            // builds every format at once (app/views.hpp) or touches the JSON library.
            if (line.rfind("#include <nlohmann", 0) == 0 ||
                line.rfind("#include \"hague/app/views.hpp\"", 0) == 0 ||
                line.rfind("#include \"hague/report/views.hpp\"", 0) == 0)
                all += file.string() + ": " + line + "\n";
        });
    }
    EXPECT_FALSE(files.empty()); // cli/ at least
    EXPECT_TRUE(all.empty()) << all;
}

// No SQLite above the store: only src/hague/store names sqlite3.h or the store's SQLite classes.
TEST(architecture, no_sqlite_above_the_store) {
    std::string all;
    for_each_line(fs::path(HAGUE_SOURCE_DIR) / "src/hague",
                  [&](const fs::path& file, int, const std::string& line) {
                      if (layer_of(file) == "store")
                          return;
                      if (line.rfind("#include <sqlite3.h>", 0) == 0 ||
                          line.rfind("#include \"hague/store/sqlite", 0) == 0)
                          all += file.string() + ": " + line + "\n";
                  });
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

// Every message key the code throws with ("err_...") is in the English catalog, so that no
// error reaches a reader without its words in six languages (catalog_test checks that every
// language has exactly the English keys). A key only in the code would print the English
// fallback in every language.
TEST(architecture, every_error_key_in_the_code_is_in_the_catalog) {
    std::set<std::string> catalog;
    {
        std::ifstream in(fs::path(HAGUE_SOURCE_DIR) / "data/i18n/root.txt");
        std::string line;
        while (std::getline(in, line)) {
            const auto start = line.find_first_not_of(' ');
            if (start == std::string::npos || line.compare(start, 4, "err_") != 0)
                continue;
            catalog.insert(line.substr(start, line.find(' ', start) - start));
        }
    }
    ASSERT_GT(catalog.size(), 100u);
    std::vector<std::string> missing;
    for (const char* dir : {"src/hague", "cli", "server"})
        for_each_line(fs::path(HAGUE_SOURCE_DIR) / dir, [&](const fs::path& file, int number,
                                                            const std::string& line) {
            if (line.find("starts_with(") != std::string::npos)
                return; // a family of keys by prefix, not one key
            const auto comment = line.find("//");
            for (auto at = line.find("\"err_"); at != std::string::npos && at < comment;
                 at = line.find("\"err_", at + 1)) {
                const auto end = line.find('"', at + 1);
                const auto key = line.substr(at + 1, end - at - 1);
                if (key.find_first_not_of("abcdefghijklmnopqrstuvwxyz_0123456789") ==
                        std::string::npos &&
                    !catalog.count(key))
                    missing.push_back(file.filename().string() + ":" + std::to_string(number) +
                                      " " + key);
            }
        });
    EXPECT_TRUE(missing.empty()) << ::testing::PrintToString(missing);
}
