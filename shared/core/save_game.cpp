#include "core/save_game.hpp"

#include "core/state_fields.hpp"

#include <nlohmann/json.hpp>

#include <array>
#include <limits>
#include <stdexcept>
#include <vector>

namespace hr {

namespace {

using nlohmann::json;

constexpr const char* kFormat = "highroad-save";

struct Writer {
    json& out;

    template <class T> void operator()(const char* name, const T& x) { out[name] = encode(x); }

    static json encode(double x) { return x; }
    static json encode(bool x) { return x; }
    static json encode(const std::string& x) { return x; }
    static json encode(const Rng& x) {
        json a = json::array();
        for (const auto word : x.state()) {
            a.push_back(word);
        }
        return a;
    }
    template <class T>
    requires std::is_integral_v<T>
    static json encode(T x) { return x; }
    template <class T>
    requires std::is_enum_v<T>
    static json encode(T x) { return static_cast<int>(x); }
    template <class T, std::size_t N> static json encode(const std::array<T, N>& xs) {
        json a = json::array();
        for (const auto& x : xs) {
            a.push_back(encode(x));
        }
        return a;
    }
    template <class T> static json encode(const std::vector<T>& xs) {
        json a = json::array();
        for (const auto& x : xs) {
            a.push_back(encode(x));
        }
        return a;
    }
    template <Described T> static json encode(const T& x) {
        json o = json::object();
        Writer w{o};
        Fields<T>::visit(w, x);
        return o;
    }
};

// A refusal with the path of the offending field, e.g. "firms[2].workforce.wage: missing".
struct LoadError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct Reader {
    const json& in;
    std::string path;

    template <class T> void operator()(const char* name, T& x) {
        const std::string at = path.empty() ? name : path + "." + name;
        if (!in.is_object() || !in.contains(name)) {
            throw LoadError(at + ": missing");
        }
        decode(in.at(name), x, at);
    }

    static void decode(const json& j, double& x, const std::string& at) {
        if (!j.is_number()) {
            throw LoadError(at + ": not a number");
        }
        x = j.get<double>();
    }
    static void decode(const json& j, bool& x, const std::string& at) {
        if (!j.is_boolean()) {
            throw LoadError(at + ": not true or false");
        }
        x = j.get<bool>();
    }
    static void decode(const json& j, std::string& x, const std::string& at) {
        if (!j.is_string()) {
            throw LoadError(at + ": not a string");
        }
        x = j.get<std::string>();
    }
    static void decode(const json& j, Rng& x, const std::string& at) {
        std::array<std::uint64_t, 4> s{};
        decode(j, s, at);
        x.set_state(s);
    }
    template <class T>
    requires std::is_integral_v<T>
    static void decode(const json& j, T& x, const std::string& at) {
        if (!j.is_number_integer()) {
            throw LoadError(at + ": not an integer");
        }
        if constexpr (std::is_signed_v<T>) {
            const auto v = j.get<std::int64_t>();
            if (j.is_number_unsigned() &&
                j.get<std::uint64_t>() >
                    static_cast<std::uint64_t>(std::numeric_limits<T>::max())) {
                throw LoadError(at + ": out of range");
            }
            if (v < std::numeric_limits<T>::min() || v > std::numeric_limits<T>::max()) {
                throw LoadError(at + ": out of range");
            }
            x = static_cast<T>(v);
        } else {
            if (!j.is_number_unsigned()) {
                throw LoadError(at + ": negative");
            }
            const auto v = j.get<std::uint64_t>();
            if (v > std::numeric_limits<T>::max()) {
                throw LoadError(at + ": out of range");
            }
            x = static_cast<T>(v);
        }
    }
    template <class T>
    requires std::is_enum_v<T>
    static void decode(const json& j, T& x, const std::string& at) {
        int v = 0;
        decode(j, v, at);
        if (v < 0 || v > 255) {
            throw LoadError(at + ": unknown value");
        }
        x = static_cast<T>(v);
    }
    template <class T, std::size_t N>
    static void decode(const json& j, std::array<T, N>& xs, const std::string& at) {
        if (!j.is_array() || j.size() != N) {
            throw LoadError(at + ": not a list of " + std::to_string(N));
        }
        for (std::size_t i = 0; i < N; ++i) {
            decode(j[i], xs[i], at + "[" + std::to_string(i) + "]");
        }
    }
    template <class T>
    static void decode(const json& j, std::vector<T>& xs, const std::string& at) {
        if (!j.is_array()) {
            throw LoadError(at + ": not a list");
        }
        xs.assign(j.size(), T{});
        for (std::size_t i = 0; i < j.size(); ++i) {
            decode(j[i], xs[i], at + "[" + std::to_string(i) + "]");
        }
    }
    template <Described T> static void decode(const json& j, T& x, const std::string& at) {
        if (!j.is_object()) {
            throw LoadError(at + ": not an object");
        }
        Reader r{j, at};
        Fields<T>::visit(r, x);
    }
};

// Ids that index into the state must point inside it, so a tampered save cannot crash a round.
void check_references(const GameState& state) {
    const std::size_t n = state.firms.size();
    for (std::size_t i = 0; i < n; ++i) {
        if (state.firms[i].id != i) {
            throw LoadError("state.firms[" + std::to_string(i) + "].id: not its position");
        }
    }
    for (const auto& offer : state.offers) {
        if (offer.firm >= n) {
            throw LoadError("state.offers: an offer names no firm");
        }
    }
    for (const auto& contract : state.contracts) {
        if (contract.terms.firm >= n) {
            throw LoadError("state.contracts: a contract names no firm");
        }
    }
    for (const auto& action : state.joint_actions) {
        if (action.members.size() != action.max_share.size()) {
            throw LoadError("state.joint_actions: members and max_share differ in length");
        }
        for (std::size_t i = 0; i < action.members.size(); ++i) {
            if (action.members[i] >= n || (i > 0 && action.members[i] <= action.members[i - 1])) {
                throw LoadError("state.joint_actions: members not sorted firm ids");
            }
        }
    }
}

} // namespace

std::string save_game(const GameState& state) {
    json root = json::object();
    root["format"] = kFormat;
    root["version"] = kSaveVersion;
    root["scenario"] = state.scenario ? state.scenario->id : std::string{};
    json body = json::object();
    Writer w{body};
    Fields<GameState>::visit(w, state);
    root["state"] = std::move(body);
    return root.dump(1);
}

LoadedGame load_game(std::string_view text, std::shared_ptr<const Scenario> scenario) {
    LoadedGame out;
    const json root = json::parse(text.begin(), text.end(), nullptr, false);
    if (root.is_discarded() || !root.is_object()) {
        out.error = "not a JSON object";
        return out;
    }
    if (!root.contains("format") || root["format"] != kFormat) {
        out.error = "format: not a High Road save";
        return out;
    }
    if (!root.contains("version") || root["version"] != kSaveVersion) {
        out.error = "version: this program reads version " + std::to_string(kSaveVersion);
        return out;
    }
    if (!scenario) {
        out.error = "scenario: none given";
        return out;
    }
    if (!root.contains("scenario") || root["scenario"] != scenario->id) {
        out.error = "scenario: the save is for another scenario than " + scenario->id;
        return out;
    }
    if (!root.contains("state")) {
        out.error = "state: missing";
        return out;
    }
    GameState state;
    try {
        Reader::decode(root["state"], state, "state");
        check_references(state);
    } catch (const LoadError& e) {
        out.error = e.what();
        return out;
    }
    state.scenario = std::move(scenario);
    out.state = std::move(state);
    return out;
}

} // namespace hr
