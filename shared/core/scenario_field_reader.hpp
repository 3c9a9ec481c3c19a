#pragma once
// Reads the fields of one JSON object of a scenario file into a Scenario, checking each one's
// presence, type and range, and recording every problem with its JSON path. It never throws on bad
// input: a field that fails keeps its default and the walk goes on, so one pass lists them all.
#include "core/concepts.hpp"
#include "core/scenario.hpp"
#include "core/scenario_loader.hpp"
#include "core/scenario_schema.hpp"
#include "core/scenario_text_check.hpp"

#include <nlohmann/json.hpp>

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace hr {

// Collects the errors of one file, up to a limit so that a hostile file cannot flood the caller.
class ErrorSink {
  public:
    ErrorSink(std::string file, std::size_t max_errors);
    void add(std::string field, std::string reason);
    bool empty() const { return errors_.empty(); }
    std::vector<ScenarioError> take() { return std::move(errors_); }

  private:
    std::string file_;
    std::size_t max_errors_;
    std::vector<ScenarioError> errors_;
};

// Numbers as the error messages show them: shortest form that reads back the same.
std::string format_number(double v);
// User text quoted in a message: short, printable ASCII, in single quotes.
std::string excerpt(std::string_view s);

// How each enum is named in messages, and how many values it has: ids are parsed against
// to_string (concepts.hpp), so the files use exactly the ids the rest of the game uses.
template <class E> struct EnumInfo;
template <> struct EnumInfo<BuyerKind> {
    static constexpr std::string_view noun = "buyer kind";
    static constexpr std::size_t count = kBuyerKinds;
};
template <> struct EnumInfo<Governance> {
    static constexpr std::string_view noun = "governance";
    static constexpr std::size_t count = kGovernanceTypes;
};
template <> struct EnumInfo<ChainKind> {
    static constexpr std::string_view noun = "chain kind";
    static constexpr std::size_t count = static_cast<std::size_t>(ChainKind::ProducerDriven) + 1;
};
template <> struct EnumInfo<JointActionType> {
    static constexpr std::string_view noun = "joint-action type";
    static constexpr std::size_t count = kJointActionTypes;
};
template <> struct EnumInfo<EventKind> {
    static constexpr std::string_view noun = "event kind";
    static constexpr std::size_t count = static_cast<std::size_t>(EventKind::QualityScandal) + 1;
};
template <> struct EnumInfo<UpgradeType> {
    static constexpr std::string_view noun = "upgrade type";
    static constexpr std::size_t count = kUpgradeTypes;
};
template <> struct EnumInfo<ChainStage> {
    static constexpr std::string_view noun = "value-chain stage";
    static constexpr std::size_t count = kChainStages;
};

template <class E> std::optional<E> parse_choice(std::string_view s) {
    for (std::size_t i = 0; i < EnumInfo<E>::count; ++i) {
        if (to_string(static_cast<E>(i)) == s) {
            return static_cast<E>(i);
        }
    }
    return std::nullopt;
}

// "unknown governance 'boss'; expected one of: market, network, ..."
template <class E> std::string unknown_choice(std::string_view value) {
    std::string reason =
        "unknown " + std::string(EnumInfo<E>::noun) + " " + excerpt(value) + "; expected one of: ";
    for (std::size_t i = 0; i < EnumInfo<E>::count; ++i) {
        reason += (i > 0 ? ", " : "");
        reason += to_string(static_cast<E>(i));
    }
    return reason;
}

class FieldReader {
  public:
    using json = nlohmann::json;
    using Need = schema::Need;
    using Range = schema::Range;

    // `object` must be a JSON object; `path` is its JSON path ("" for the document).
    FieldReader(ErrorSink& sink, const json& object, std::string path);

    // Reports the fields that no read asked for (typos, fields of another schema version).
    void finish();

    void number(std::string_view key, double& out, Range r, Need need = Need::Optional);
    void integer(std::string_view key, int& out, Range r, Need need = Need::Optional);
    void money(std::string_view key, Money& out, Range r_k, Need need = Need::Optional);
    void flag(std::string_view key, bool& out, Need need = Need::Optional);
    void id(std::string_view key, std::string& out, Need need = Need::Optional);
    void text(std::string_view key, std::string& out, std::size_t max_bytes,
              Need need = Need::Optional);
    void localized(std::string_view key, LocalizedText& out, Need need = Need::Optional);
    // Objects keyed by enum id, e.g. {"process": 0.8, "functional": -0.9}; absent keys keep
    // their defaults.
    void per_upgrade(std::string_view key, std::array<double, kUpgradeTypes>& out, Range r,
                     Need need = Need::Optional) {
        keyed<UpgradeType>(key, out.data(), r, need);
    }
    void per_stage(std::string_view key, std::array<double, kChainStages>& out, Range r,
                   Need need = Need::Optional) {
        keyed<ChainStage>(key, out.data(), r, need);
    }

    template <class E> void choice(std::string_view key, E& out, Need need = Need::Optional) {
        const json* v = find(key, need);
        if (v == nullptr || !is(*v, v->is_string(), key, "a string")) {
            return;
        }
        const auto& s = v->get_ref<const std::string&>();
        if (const auto parsed = parse_choice<E>(s)) {
            out = *parsed;
        } else {
            sink_.add(child(key), unknown_choice<E>(s));
        }
    }

    // A list of ids, each setting one flag (e.g. a buyer's clauses).
    template <std::size_t N>
    void flag_set(std::string_view key,
                  const std::array<std::pair<std::string_view, bool*>, N>& flags,
                  Need need = Need::Optional) {
        const json* v = find(key, need);
        if (v == nullptr || !is(*v, v->is_array(), key, "an array")) {
            return;
        }
        if (!count_in_range(key, v->size(), 0, N)) {
            return;
        }
        for (const auto& [name, flag] : flags) {
            *flag = false;
        }
        for (std::size_t i = 0; i < v->size(); ++i) {
            set_flag((*v)[i], element_path(child(key), i), flags.data(), N);
        }
    }

    template <class T, class Visit>
    void object(std::string_view key, T& out, Need need, Visit visit) {
        const json* v = find(key, need);
        if (v == nullptr || !is(*v, v->is_object(), key, "an object")) {
            return;
        }
        FieldReader sub(sink_, *v, child(key));
        visit(out, sub);
        sub.finish();
    }

    template <class T, class Visit>
    void list(std::string_view key, std::vector<T>& out, std::size_t min, std::size_t max,
              Need need, Visit visit) {
        const json* v = find(key, need);
        if (v == nullptr || !is(*v, v->is_array(), key, "an array") ||
            !count_in_range(key, v->size(), min, max)) {
            return;
        }
        out.clear();
        for (std::size_t i = 0; i < v->size(); ++i) {
            const json& e = (*v)[i];
            const std::string path = element_path(child(key), i);
            T item{};
            if (e.is_object()) {
                FieldReader sub(sink_, e, path);
                visit(item, sub);
                sub.finish();
            } else {
                sink_.add(path, wrong_type("an object", e));
            }
            out.push_back(std::move(item));
        }
    }

  private:
    template <class E> void keyed(std::string_view key, double* out, Range r, Need need) {
        const json* v = find(key, need);
        if (v == nullptr || !is(*v, v->is_object(), key, "an object")) {
            return;
        }
        for (const auto& [name, value] : v->items()) {
            const std::string path = field_path(child(key), name);
            const auto k = parse_choice<E>(name);
            if (!k) {
                sink_.add(path, unknown_choice<E>(name));
            } else if (!value.is_number()) {
                sink_.add(path, wrong_type("a number", value));
            } else if (in_range(path, value.template get<double>(), r)) {
                out[static_cast<std::size_t>(*k)] = value.template get<double>();
            }
        }
    }

    const json* find(std::string_view key, Need need);
    std::string child(std::string_view key) const { return field_path(path_, key); }
    bool is(const json& v, bool ok, std::string_view key, std::string_view expected);
    bool in_range(const std::string& path, double v, Range r);
    // The field's number if present, of the right type and in range; problems are recorded.
    std::optional<double> ranged(std::string_view key, Range r, Need need, bool whole);
    bool count_in_range(std::string_view key, std::size_t n, std::size_t min, std::size_t max);
    void set_flag(const json& e, const std::string& path,
                  const std::pair<std::string_view, bool*>* flags, std::size_t n);
    static std::string wrong_type(std::string_view expected, const json& got);

    ErrorSink& sink_;
    const json& object_;
    std::string path_;
    std::vector<std::string_view> asked_; // schema keys: string literals, never dangling
};

} // namespace hr
