// The use cases' declarations (src/hague/usecase/): consistent in themselves, read the same way
// by every front end, and the OpenAPI document held to them.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "hague/core/error.hpp"
#include "hague/usecase/registry.hpp"

namespace {

using hague::usecase::Args;
using hague::usecase::Field;
using hague::usecase::FieldType;
using hague::usecase::Fronts;
using hague::usecase::UseCase;

/// The fields a use case needs to be answerable at all (an ally to show, two editions to
/// compare), so that the others can be tried one at a time.
Args minimal_args(const UseCase& u) {
    Args a(u);
    if (u.takes_field("ally", Fronts::Both) && u.field("ally")->fallback.empty())
        a.set("ally", {"DEU"});
    if (u.field("old")) {
        a.set("old", {"2024-06"});
        a.set("new", {"2026-07"});
    }
    return a;
}

hague::usecase::RunContext context() {
    hague::usecase::RunContext c;
    c.max_paths = 50'000'000; // the engine's bound (app::max_paths)
    return c;
}

nlohmann::json openapi() {
    std::ifstream in(HAGUE_SOURCE_DIR "/server/openapi.json");
    std::stringstream text;
    text << in.rdbuf();
    return nlohmann::json::parse(text.str());
}

/// An OpenAPI parameter, following a $ref into components.parameters.
nlohmann::json resolve(const nlohmann::json& doc, const nlohmann::json& p) {
    if (!p.contains("$ref"))
        return p;
    const std::string ref = p["$ref"];
    const std::string prefix = "#/components/parameters/";
    return doc["components"]["parameters"][ref.substr(prefix.size())];
}

/// A parameter's schema, following a $ref into components.schemas (its own keys win).
nlohmann::json schema_of(const nlohmann::json& doc, const nlohmann::json& p) {
    auto schema = p["schema"];
    if (schema.contains("$ref")) {
        const std::string ref = schema["$ref"];
        auto target = doc["components"]["schemas"][ref.substr(ref.rfind('/') + 1)];
        target.update(schema);
        schema = target;
    }
    return schema;
}

/// A default as text: 2.0 and "2" and 2 are all "2".
std::string as_text(const nlohmann::json& v) {
    if (v.is_string())
        return v.get<std::string>();
    if (v.is_number_integer())
        return std::to_string(v.get<long long>());
    std::ostringstream out;
    out << v.get<double>();
    return out.str();
}

} // namespace

// One name a command and an endpoint; one name a field within a use case.
TEST(registry, names_are_unique) {
    std::set<std::string_view> names;
    for (const auto* u : hague::usecase::all()) {
        EXPECT_TRUE(names.insert(u->name).second) << u->name;
        std::set<std::string_view> fields;
        for (const auto& f : u->fields)
            EXPECT_TRUE(fields.insert(f.name).second) << u->name << "." << f.name;
        EXPECT_EQ(hague::usecase::find(u->name), u);
    }
    EXPECT_EQ(hague::usecase::find("nope"), nullptr);
}

// A declared default is read as the request reads any given value: each field's fallback, and
// each of a Choice's values, builds a valid request (nothing declared that the request refuses).
TEST(registry, every_default_and_every_choice_is_accepted) {
    for (const auto* u : hague::usecase::all()) {
        EXPECT_NO_THROW((void)u->prepare(minimal_args(*u), context())) << u->name;
        for (const auto& f : u->fields) {
            if (f.type == FieldType::Choice) {
                EXPECT_FALSE(f.choices.empty()) << u->name << "." << f.name;
                if (!f.fallback.empty()) {
                    EXPECT_NE(std::find(f.choices.begin(), f.choices.end(), f.fallback),
                              f.choices.end())
                        << u->name << "." << f.name << " defaults to " << f.fallback;
                }
            }
            for (const auto choice : f.choices) {
                auto a = minimal_args(*u);
                a.set(f.name, {std::string(choice)});
                EXPECT_NO_THROW((void)u->prepare(a, context()))
                    << u->name << "." << f.name << "=" << choice;
            }
        }
    }
}

// A value outside a Choice is refused with the field's name, whichever front end sent it.
TEST(registry, a_value_outside_the_choices_names_the_field) {
    for (const auto* u : hague::usecase::all())
        for (const auto& f : u->fields) {
            if (f.type != FieldType::Choice || f.name == "scenario")
                continue; // a scenario may also be a plan file, on the command line
            auto a = minimal_args(*u);
            a.set(f.name, {"nope"});
            try {
                (void)u->prepare(a, context());
                ADD_FAILURE() << u->name << "." << f.name << "=nope was accepted";
            } catch (const hague::Error& e) {
                EXPECT_EQ(e.kind(), hague::ErrorKind::InvalidInput);
                EXPECT_EQ(e.field(), f.name) << u->name;
            }
        }
}

// Numbers are read alike from the command line and a query: a whole number in decimal digits,
// a finite decimal.
TEST(registry, integers_and_numbers_are_read_strictly) {
    const auto& status = *hague::usecase::find("status");
    Args a(status);
    a.set("year", {"2024"});
    EXPECT_EQ(a.integer<int>("year"), 2024);
    for (const auto* bad : {"20x4", "", "0x7e9", "-"}) {
        a.set("year", {bad});
        EXPECT_THROW((void)a.integer<int>("year"), hague::Error) << bad;
    }
    const auto& gap = *hague::usecase::find("gap");
    Args g(gap);
    EXPECT_EQ(g.number("target"), std::nullopt); // no default: the Hague core target
    g.set("target", {"3.5"});
    EXPECT_EQ(g.number("target"), 3.5);
    for (const auto* bad : {"nan", "inf", "3,5", "1e999"}) {
        g.set("target", {bad});
        EXPECT_THROW((void)g.number("target"), hague::Error) << bad;
    }
    EXPECT_EQ(*g.text("currency"), "USD"); // the declared default
    EXPECT_FALSE(g.given("currency"));
    EXPECT_THROW((void)g.text("no_such_field"), hague::Error); // a front end's bug, not input
}

// server/openapi.json describes each declared endpoint with exactly its API fields (and lang),
// with the declared defaults and valid values: the document cannot drift from the code.
TEST(registry, openapi_parameters_are_the_declared_fields) {
    const auto doc = openapi();
    std::set<std::string> declared_paths;
    for (const auto* u : hague::usecase::all()) {
        if (!hague::usecase::takes(u->fronts, Fronts::Api))
            continue;
        for (const auto* suffix : {"", ".csv"}) {
            const auto path = "/api/v1/" + std::string(u->name) + suffix;
            declared_paths.insert(path);
            ASSERT_TRUE(doc["paths"].contains(path)) << path;
            const auto& op = doc["paths"][path]["get"];
            std::set<std::string> in_doc;
            for (const auto& ref : op["parameters"]) {
                const auto p = resolve(doc, ref);
                if (p["in"] != "query")
                    continue;
                const std::string name = p["name"];
                in_doc.insert(name);
                const auto* f = u->field(name);
                if (name == "lang")
                    continue;
                ASSERT_NE(f, nullptr) << path << " documents " << name << ", not declared";
                const auto schema = schema_of(doc, p);
                if (!f->fallback.empty()) {
                    ASSERT_TRUE(schema.contains("default")) << path << " " << name;
                    EXPECT_EQ(as_text(schema["default"]), f->fallback) << path << " " << name;
                }
                if (f->type == FieldType::Choice) {
                    ASSERT_TRUE(schema.contains("enum")) << path << " " << name;
                    std::set<std::string> documented(schema["enum"].begin(), schema["enum"].end());
                    const std::set<std::string> choices(f->choices.begin(), f->choices.end());
                    EXPECT_EQ(documented, choices) << path << " " << name;
                }
            }
            std::set<std::string> expected{"lang"};
            for (const auto& f : u->fields)
                if (hague::usecase::takes(f.fronts, Fronts::Api))
                    expected.insert(std::string(f.name));
            EXPECT_EQ(in_doc, expected) << path;
        }
        EXPECT_TRUE(doc["paths"].contains("/api/v1/" + std::string(u->name) + ".metadata.json"))
            << u->name;
    }
    // And no endpoint of a use case is documented that is not declared.
    for (const auto& [path, item] : doc["paths"].items()) {
        if (!path.starts_with("/api/v1/") || path.ends_with(".metadata.json") ||
            path == "/api/v1/" || path == "/api/v1/openapi.json" ||
            path.starts_with("/api/v1/plan/"))
            continue;
        EXPECT_TRUE(declared_paths.count(path)) << path << " is documented but not declared";
    }
}
