#include "translations.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

using namespace hr::client;

namespace {

std::filesystem::path lang_dir() {
    return std::filesystem::path(HIGHROAD_ASSETS_DIR) / "lang";
}

std::set<std::string> keys_of(const LanguageTable& table) {
    std::set<std::string> keys;
    for (const auto& [key, text] : table.entries) {
        keys.insert(key);
    }
    return keys;
}

LanguageTable table_from(const char* json) {
    return parse_language_table(json);
}

} // namespace

TEST_CASE("every language file has exactly the English keys", "[client][translations]") {
    auto tr = Translations::load(lang_dir());
    auto english = keys_of(tr.table(Language::English));
    REQUIRE(english.size() > 100);
    auto lang = GENERATE(Language::Spanish, Language::Portuguese);
    INFO("language " << language_code(lang));
    auto other = keys_of(tr.table(lang));
    std::vector<std::string> missing;
    std::vector<std::string> extra;
    std::set_difference(english.begin(), english.end(), other.begin(), other.end(),
                        std::back_inserter(missing));
    std::set_difference(other.begin(), other.end(), english.begin(), english.end(),
                        std::back_inserter(extra));
    CAPTURE(missing, extra);
    CHECK(missing.empty());
    CHECK(extra.empty());
}

TEST_CASE("every text has the same placeholders in all three languages", "[client][translations]") {
    auto tr = Translations::load(lang_dir());
    for (const auto& [key, english] : tr.table(Language::English).entries) {
        for (Language lang : {Language::Spanish, Language::Portuguese}) {
            INFO(key << " in " << language_code(lang));
            CHECK(placeholders_in(tr.table(lang).by_key.at(key)) == placeholders_in(english));
        }
    }
}

TEST_CASE("no translation is empty", "[client][translations]") {
    auto tr = Translations::load(lang_dir());
    for (Language lang : kAllLanguages) {
        for (const auto& [key, text] : tr.table(lang).entries) {
            INFO(key << " in " << language_code(lang));
            CHECK_FALSE(text.empty());
        }
    }
}

TEST_CASE("every glossary term has a plain-language tip", "[client][translations]") {
    auto tr = Translations::load(lang_dir());
    auto ids = tr.glossary_ids();
    REQUIRE(ids.size() >= 40);
    for (const auto& id : ids) {
        INFO(id);
        CHECK(tr.has(Language::English, "glossary." + id + ".tip"));
    }
}

TEST_CASE("every translation key written in the client's code exists in English",
          "[client][translations]") {
    auto tr = Translations::load(lang_dir());
    // Literal keys passed to tr(...), tr.text(...), tr.format(...) and concept_term(...); a
    // concept's key names its glossary entry, whose term must exist.
    std::regex call(
        R"((tr|text|format|concept_term|concept_tooltip)\((?:tr, )?\"([a-z_]+\.[a-z_.-]+)\")");
    int found = 0;
    for (const auto& entry : std::filesystem::directory_iterator(
             std::filesystem::path(HIGHROAD_SOURCE_DIR) / "client")) {
        std::ifstream in(entry.path());
        std::stringstream source;
        source << in.rdbuf();
        std::string text = source.str();
        for (std::sregex_iterator it(text.begin(), text.end(), call), end; it != end; ++it) {
            const bool glossary = std::string((*it)[1]).rfind("concept_", 0) == 0;
            std::string key = std::string((*it)[2]) + (glossary ? ".term" : "");
            INFO(entry.path().filename().string() << ": " << key);
            CHECK(tr.has(Language::English, key));
            ++found;
        }
    }
    CHECK(found > 40);
}

TEST_CASE("placeholders are replaced by their values", "[client][translations]") {
    CHECK(substitute("Version {version}", {{"version", "1.2"}}) == "Version 1.2");
    CHECK(substitute("{a} and {b}, {a} again", {{"a", "x"}, {"b", "y"}}) == "x and y, x again");
    CHECK(substitute("{unknown} stays", {{"a", "x"}}) == "{unknown} stays");
    CHECK(substitute("unclosed {brace", {{"brace", "x"}}) == "unclosed {brace");
    CHECK(substitute("", {{"a", "x"}}).empty());
    CHECK(substitute("{a}", {{"a", "{a}"}}) == "{a}"); // values are not substituted again
}

TEST_CASE("placeholder names are found once each, sorted", "[client][translations]") {
    CHECK(placeholders_in("{b} {a} {b}") == std::vector<std::string>{"a", "b"});
    CHECK(placeholders_in("none").empty());
}

TEST_CASE("a missing text falls back to English, then to a visible marker",
          "[client][translations]") {
    std::map<Language, LanguageTable> tables;
    tables.emplace(Language::English, table_from(R"({"a": {"b": "English B", "c": "English C"}})"));
    tables.emplace(Language::Spanish, table_from(R"({"a": {"b": "B en español"}})"));
    Translations tr(std::move(tables));
    CHECK(tr.text("a.b") == "English B");
    tr.set_language(Language::Spanish);
    CHECK(tr.language() == Language::Spanish);
    CHECK(tr.text("a.b") == "B en español");
    CHECK(tr.text("a.c") == "English C");
    CHECK(tr.text("a.nothing") == "[[a.nothing]]");
    // The marker stays valid: ImGui may hold the pointer until the frame ends.
    const char* first = tr("a.nothing");
    tr.text("another.missing");
    CHECK(std::string(first) == "[[a.nothing]]");
    tr.set_language(Language::Portuguese); // no table at all: English throughout
    CHECK(tr.text("a.b") == "English B");
}

TEST_CASE("format substitutes into the current language's text", "[client][translations]") {
    std::map<Language, LanguageTable> tables;
    tables.emplace(Language::English, table_from(R"({"hello": "Hello, {name}!"})"));
    tables.emplace(Language::Portuguese, table_from(R"({"hello": "Olá, {name}!"})"));
    Translations tr(std::move(tables));
    CHECK(tr.format("hello", {{"name", "Ana"}}) == "Hello, Ana!");
    tr.set_language(Language::Portuguese);
    CHECK(tr.format("hello", {{"name", "Ana"}}) == "Olá, Ana!");
}

TEST_CASE("malformed translation files are refused with a reason", "[client][translations]") {
    CHECK_THROWS(parse_language_table("[1, 2]"));
    CHECK_THROWS(parse_language_table(R"({"a": 3})"));
    CHECK_THROWS(parse_language_table(R"({"a": "x", "a": "y"})"));
    CHECK_THROWS(parse_language_table("{not json"));
    CHECK_THROWS(Translations(std::map<Language, LanguageTable>{}));
}

TEST_CASE("nested groups become dotted keys in file order", "[client][translations]") {
    auto table = table_from(R"({"z": {"y": "1", "x": {"w": "2"}}, "a": "3"})");
    REQUIRE(table.entries.size() == 3);
    CHECK(table.entries[0].first == "z.y");
    CHECK(table.entries[1].first == "z.x.w");
    CHECK(table.entries[2].first == "a");
}

TEST_CASE("language codes round-trip", "[client][translations]") {
    auto lang = GENERATE(Language::English, Language::Spanish, Language::Portuguese);
    CHECK(language_from_code(language_code(lang)) == lang);
    CHECK_FALSE(language_from_code("fr"));
    CHECK_FALSE(language_from_code(""));
}
