#pragma once
// All visible text of the client comes from here: assets/lang/<code>.json, looked up by dotted
// key ("home.title"), with {placeholder} substitution and a fallback to English.
#include <array>
#include <filesystem>
#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace hr::client {

enum class Language { English, Spanish, Portuguese };
inline constexpr std::array<Language, 3> kAllLanguages{Language::English, Language::Spanish,
                                                       Language::Portuguese};

std::string_view language_code(Language lang); // "en", "es", "pt"
std::optional<Language> language_from_code(std::string_view code);

// One language's table: dotted key -> text, in the order the file lists them.
struct LanguageTable {
    std::vector<std::pair<std::string, std::string>> entries;
    std::map<std::string, std::string, std::less<>> by_key;
};

// Flattens a JSON document of nested objects into dotted keys. Throws std::runtime_error for
// anything but objects and strings, so that a typo in a file fails loudly at start.
LanguageTable parse_language_table(std::string_view json_text);

// The {names} a text expects, sorted and without duplicates.
std::vector<std::string> placeholders_in(std::string_view text);

// Replaces each {name} with its value; unknown names are left visible as they are.
std::string substitute(std::string_view text,
                       std::initializer_list<std::pair<std::string_view, std::string>> values);

class Translations {
  public:
    // Loads en.json, es.json and pt.json from `lang_dir`; English must exist and parse.
    static Translations load(const std::filesystem::path& lang_dir);
    // For tests and tools: tables given directly.
    explicit Translations(std::map<Language, LanguageTable> tables);

    void set_language(Language lang) { language_ = lang; }
    Language language() const { return language_; }

    // The text for `key` in the current language, else in English, else a visible marker
    // "[[key]]". The reference stays valid for the lifetime of this object.
    const std::string& text(std::string_view key) const;
    const char* operator()(std::string_view key) const { return text(key).c_str(); }
    std::string
    format(std::string_view key,
           std::initializer_list<std::pair<std::string_view, std::string>> values) const;

    bool has(Language lang, std::string_view key) const;
    const LanguageTable& table(Language lang) const;

    // Glossary ids ("cluster" for glossary.cluster.term), in the English file's order.
    std::vector<std::string> glossary_ids() const;

  private:
    std::map<Language, LanguageTable> tables_;
    Language language_ = Language::English;
    mutable std::map<std::string, std::string, std::less<>> missing_;
};

} // namespace hr::client
