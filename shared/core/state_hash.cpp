// state_hash: FNV-1a over every field of the state in the fixed order of state_fields.hpp.
#include "core/rules.hpp"
#include "core/state_fields.hpp"
#include "core/state_hasher.hpp"

#include <array>
#include <string>
#include <vector>

namespace hr {

namespace {

struct HashVisitor {
    StateHasher& h;

    template <class T> void operator()(const char* /*name*/, const T& x) { add(x); }

    void add(double x) { h.f64(x); }
    void add(bool x) { h.boolean(x); }
    void add(const std::string& x) { h.str(x); }
    void add(const Rng& x) {
        for (const auto word : x.state()) {
            h.u64(word);
        }
    }
    template <class T>
    requires std::is_integral_v<T>
    void add(T x) {
        if constexpr (std::is_signed_v<T>) {
            h.i64(static_cast<std::int64_t>(x));
        } else {
            h.u64(static_cast<std::uint64_t>(x));
        }
    }
    template <class T>
    requires std::is_enum_v<T>
    void add(T x) { h.u64(static_cast<std::uint64_t>(x)); }
    template <class T, std::size_t N> void add(const std::array<T, N>& xs) {
        for (const auto& x : xs) {
            add(x);
        }
    }
    template <class T> void add(const std::vector<T>& xs) {
        h.u64(xs.size());
        for (const auto& x : xs) {
            add(x);
        }
    }
    template <Described T> void add(const T& x) { Fields<T>::visit(*this, x); }
};

} // namespace

std::uint64_t state_hash(const GameState& state) {
    StateHasher h;
    h.str(state.scenario ? state.scenario->id : std::string{});
    HashVisitor v{h};
    Fields<GameState>::visit(v, state);
    return h.value();
}

} // namespace hr
