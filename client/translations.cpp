#include "translations.hpp"

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <stdexcept>

namespace hr::client {

namespace {

constexpr std::string_view kGlossaryPrefix = "glossary.";
constexpr std::string_view kTermSuffix = ".term";

void flatten(const nlohmann::ordered_json& node, const std::string& prefix, LanguageTable& out) {
    for (const auto& [name, value] : node.items()) {
        std::string key = prefix.empty() ? name : prefix + "." + name;
        if (value.is_object()) {
            flatten(value, key, out);
        } else if (value.is_string()) {
            auto text = value.get<std::string>();
            if (!out.by_key.emplace(key, text).second) {
                throw std::runtime_error("duplicate translation key " + key);
            }
            out.entries.emplace_back(std::move(key), std::move(text));
        } else {
            throw std::runtime_error("translation " + key + " is neither text nor a group");
        }
    }
}

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw std::runtime_error("cannot open " + path.string());
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

} // namespace

std::string_view language_code(Language lang) {
    switch (lang) {
    case Language::English:
        return "en";
    case Language::Spanish:
        return "es";
    case Language::Portuguese:
        return "pt";
    }
    return "en";
}

std::optional<Language> language_from_code(std::string_view code) {
    for (Language lang : kAllLanguages) {
        if (language_code(lang) == code) {
            return lang;
        }
    }
    return std::nullopt;
}

LanguageTable parse_language_table(std::string_view json_text) {
    // JSON lets a key repeat and keeps the last; in a translation file that is a copy-paste
    // slip that would silently drop a text, so refuse it.
    std::vector<std::set<std::string>> open_objects;
    auto refuse_duplicates = [&](int, nlohmann::ordered_json::parse_event_t event,
                                 nlohmann::ordered_json& parsed) {
        using Event = nlohmann::ordered_json::parse_event_t;
        if (event == Event::object_start) {
            open_objects.emplace_back();
        } else if (event == Event::object_end && !open_objects.empty()) {
            open_objects.pop_back();
        } else if (event == Event::key && !open_objects.empty() &&
                   !open_objects.back().insert(parsed.get<std::string>()).second) {
            throw std::runtime_error("duplicate key \"" + parsed.get<std::string>() + "\"");
        }
        return true;
    };
    auto doc = nlohmann::ordered_json::parse(json_text.begin(), json_text.end(), refuse_duplicates);
    if (!doc.is_object()) {
        throw std::runtime_error("a translation file must hold one JSON object");
    }
    LanguageTable table;
    flatten(doc, "", table);
    return table;
}

std::vector<std::string> placeholders_in(std::string_view text) {
    std::vector<std::string> names;
    std::size_t pos = 0;
    while ((pos = text.find('{', pos)) != std::string_view::npos) {
        auto end = text.find('}', pos + 1);
        if (end == std::string_view::npos) {
            break;
        }
        names.emplace_back(text.substr(pos + 1, end - pos - 1));
        pos = end + 1;
    }
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    return names;
}

std::string substitute(std::string_view text,
                       std::initializer_list<std::pair<std::string_view, std::string>> values) {
    std::string out;
    out.reserve(text.size());
    std::size_t pos = 0;
    while (pos < text.size()) {
        auto open = text.find('{', pos);
        auto close = open == std::string_view::npos ? open : text.find('}', open + 1);
        if (close == std::string_view::npos) {
            out.append(text.substr(pos));
            break;
        }
        out.append(text.substr(pos, open - pos));
        auto name = text.substr(open + 1, close - open - 1);
        auto found = std::find_if(values.begin(), values.end(),
                                  [&](const auto& value) { return value.first == name; });
        if (found != values.end()) {
            out.append(found->second);
        } else {
            out.append(text.substr(open, close - open + 1));
        }
        pos = close + 1;
    }
    return out;
}

Translations Translations::load(const std::filesystem::path& lang_dir) {
    std::map<Language, LanguageTable> tables;
    for (Language lang : kAllLanguages) {
        auto path = lang_dir / (std::string(language_code(lang)) + ".json");
        if (lang != Language::English && !std::filesystem::exists(path)) {
            continue; // English covers a missing language file
        }
        try {
            tables.emplace(lang, parse_language_table(read_file(path)));
        } catch (const std::exception& e) {
            throw std::runtime_error(path.string() + ": " + e.what());
        }
    }
    return Translations(std::move(tables));
}

Translations::Translations(std::map<Language, LanguageTable> tables) : tables_(std::move(tables)) {
    if (!tables_.contains(Language::English)) {
        throw std::runtime_error("the English translation table is required");
    }
}

const std::string& Translations::text(std::string_view key) const {
    for (Language lang : {language_, Language::English}) {
        auto table = tables_.find(lang);
        if (table == tables_.end()) {
            continue;
        }
        auto found = table->second.by_key.find(key);
        if (found != table->second.by_key.end()) {
            return found->second;
        }
    }
    auto marker = missing_.find(key);
    if (marker == missing_.end()) {
        marker = missing_.emplace(std::string(key), "[[" + std::string(key) + "]]").first;
    }
    return marker->second;
}

std::string
Translations::format(std::string_view key,
                     std::initializer_list<std::pair<std::string_view, std::string>> values) const {
    return substitute(text(key), values);
}

bool Translations::has(Language lang, std::string_view key) const {
    auto table = tables_.find(lang);
    return table != tables_.end() && table->second.by_key.contains(key);
}

const LanguageTable& Translations::table(Language lang) const {
    auto found = tables_.find(lang);
    return found != tables_.end() ? found->second : tables_.at(Language::English);
}

std::vector<std::string> Translations::glossary_ids() const {
    std::vector<std::string> ids;
    for (const auto& [key, text] : tables_.at(Language::English).entries) {
        std::string_view k = key;
        if (k.starts_with(kGlossaryPrefix) && k.ends_with(kTermSuffix)) {
            k.remove_prefix(kGlossaryPrefix.size());
            k.remove_suffix(kTermSuffix.size());
            ids.emplace_back(k);
        }
    }
    return ids;
}

} // namespace hr::client
