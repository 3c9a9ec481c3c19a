#include "core/scenario_loader.hpp"

#include "core/scenario_consistency.hpp"
#include "core/scenario_field_reader.hpp"
#include "core/scenario_schema.hpp"
#include "core/scenario_text_check.hpp"

#include <nlohmann/json.hpp>

#include <exception>

namespace hr {

namespace {

constexpr std::size_t kMaxErrors = 200;

// Writes a Scenario in the order the schema lists its fields, so that files written by
// scenario_to_json read like the documentation.
class FieldWriter {
  public:
    using json = nlohmann::ordered_json;
    using Need = schema::Need;
    using Range = schema::Range;

    explicit FieldWriter(json& out) : out_(out) {}

    void number(std::string_view key, double v, Range, Need = Need::Optional) { set(key, v); }
    void integer(std::string_view key, int v, Range, Need = Need::Optional) { set(key, v); }
    void money(std::string_view key, Money v, Range, Need = Need::Optional) {
        // Whole k$ are written as integers: "150" reads better than "150.0".
        if (v % kThousand == 0) {
            set(key, v / kThousand);
        } else {
            set(key, to_k(v));
        }
    }
    void flag(std::string_view key, bool v, Need = Need::Optional) { set(key, v); }
    void id(std::string_view key, const std::string& v, Need = Need::Optional) { set(key, v); }
    void text(std::string_view key, const std::string& v, std::size_t, Need = Need::Optional) {
        set(key, v);
    }
    void localized(std::string_view key, const LocalizedText& t, Need need = Need::Optional) {
        if (need == Need::Optional && t.en.empty() && t.es.empty() && t.pt.empty()) {
            return;
        }
        set(key, json{{"en", t.en}, {"es", t.es}, {"pt", t.pt}});
    }
    void per_upgrade(std::string_view key, const std::array<double, kUpgradeTypes>& a, Range,
                     Need = Need::Optional) {
        keyed<UpgradeType>(key, a);
    }
    void per_stage(std::string_view key, const std::array<double, kChainStages>& a, Range,
                   Need = Need::Optional) {
        keyed<ChainStage>(key, a);
    }
    template <class E> void choice(std::string_view key, E v, Need = Need::Optional) {
        set(key, std::string(to_string(v)));
    }
    template <std::size_t N>
    void flag_set(std::string_view key,
                  const std::array<std::pair<std::string_view, const bool*>, N>& flags,
                  Need = Need::Optional) {
        json a = json::array();
        for (const auto& [name, flag] : flags) {
            if (*flag) {
                a.push_back(std::string(name));
            }
        }
        set(key, std::move(a));
    }
    template <class T, class Visit>
    void object(std::string_view key, const T& x, Need, Visit visit) {
        json o = json::object();
        FieldWriter w(o);
        visit(x, w);
        set(key, std::move(o));
    }
    template <class T, class Visit>
    void list(std::string_view key, const std::vector<T>& xs, std::size_t, std::size_t, Need,
              Visit visit) {
        json a = json::array();
        for (const T& x : xs) {
            json o = json::object();
            FieldWriter w(o);
            visit(x, w);
            a.push_back(std::move(o));
        }
        set(key, std::move(a));
    }

  private:
    template <class E, std::size_t N>
    void keyed(std::string_view key, const std::array<double, N>& a) {
        json o = json::object();
        for (std::size_t i = 0; i < N; ++i) {
            o[std::string(to_string(static_cast<E>(i)))] = a[i];
        }
        set(key, std::move(o));
    }

    template <class T> void set(std::string_view key, T&& v) {
        out_[std::string(key)] = std::forward<T>(v);
    }

    json& out_;
};

// Reads schema_version first: a file of another version is not read further, since its other
// fields would only produce misleading errors.
bool supported_version(FieldReader& top, ErrorSink& sink) {
    int version = kScenarioSchemaVersion;
    top.integer("schema_version", version, schema::Range{-1e9, 1e9}, schema::Need::Required);
    if (version != kScenarioSchemaVersion) {
        sink.add("schema_version", "unsupported schema version " + std::to_string(version) +
                                       ": this build reads version " +
                                       std::to_string(kScenarioSchemaVersion));
        return false;
    }
    return true;
}

void read_document(std::string_view text, ErrorSink& sink, ScenarioLoad& load) {
    const TextCheck check = check_scenario_text(text, kMaxErrors);
    for (const TextProblem& p : check.problems) {
        sink.add(p.field, p.reason);
    }
    if (!check.parseable) {
        return;
    }
    const nlohmann::json doc = nlohmann::json::parse(text.begin(), text.end());
    if (!doc.is_object()) {
        sink.add("", std::string("wrong type: expected an object at the top level, got ") +
                         doc.type_name());
        return;
    }
    FieldReader top(sink, doc, "");
    if (!supported_version(top, sink)) {
        return;
    }
    Scenario scenario;
    schema::visit_scenario(scenario, top);
    top.finish();
    // Cross-field rules only make sense once every field holds what the file says.
    if (sink.empty()) {
        check_consistency(scenario, sink);
    }
    if (sink.empty()) {
        scenario.schema_version = kScenarioSchemaVersion;
        load.scenario = std::move(scenario);
    }
}

} // namespace

ScenarioLoad parse_scenario(std::string_view json_text, std::string_view file_name) {
    ScenarioLoad load;
    ErrorSink sink(std::string(file_name), kMaxErrors);
    try {
        read_document(json_text, sink, load);
    } catch (const std::exception& e) {
        // The checks above should leave nothing to throw; if something does, it is still only
        // a bad file, never a crash.
        load.scenario.reset();
        sink.add("", "unreadable: " + excerpt(e.what()));
    }
    load.errors = sink.take();
    return load;
}

std::string describe(const ScenarioError& error) {
    std::string s = error.file;
    if (!error.field.empty()) {
        s += ": " + error.field;
    }
    return s + ": " + error.reason;
}

std::string scenario_to_json(const Scenario& scenario) {
    nlohmann::ordered_json doc = nlohmann::ordered_json::object();
    doc["schema_version"] = kScenarioSchemaVersion;
    FieldWriter writer(doc);
    schema::visit_scenario(scenario, writer);
    return doc.dump(2) + "\n";
}

std::vector<std::string> builtin_scenario_ids() {
    return {"tutorial", "sinos-valley", "brenta"};
}

} // namespace hr
